import { useMutation, useQueryClient } from "@tanstack/react-query";
import { sendPermitChange } from "../../../lib/permit-change.ts";

/** Voids a permit just issued; every permit list and record is read again afterwards. */
export function useUndoPermit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ["permits", "undo"],
    mutationFn: sendPermitChange,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["permits"] }),
  });
}
