import type { passwordChangeSchema } from "@permit-desk/schema";
import { useMutation } from "@tanstack/react-query";
import * as z from "zod/mini";
import { apiRequest } from "../../../lib/api-client.ts";
import { KEEPS_SESSION_ON_401 } from "../../../lib/session.ts";

export type PasswordChange = z.input<typeof passwordChangeSchema>;

export function changePassword(change: PasswordChange) {
  return apiRequest("/api/session/password", {
    method: "PUT",
    body: change,
    schema: z.unknown(),
  });
}

export function useChangePassword() {
  return useMutation({
    mutationKey: ["session", "password"],
    mutationFn: changePassword,
    // A wrong current password is refused; the session itself goes on.
    meta: KEEPS_SESSION_ON_401,
  });
}
