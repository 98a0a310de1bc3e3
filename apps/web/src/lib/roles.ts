import type { Role } from "@permit-desk/schema";

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Administrator",
  manager: "Manager",
  validator: "Validator",
};
