import { useMutation, useQueryClient } from "@tanstack/react-query";
import { sendPermitChange } from "../../../lib/permit-change.ts";
import { permitsQueryKey } from "../../../lib/permits-query-key.ts";

/** Voids a permit just issued; every permit list and record is read again afterwards. */
export function useUndoPermit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...permitsQueryKey, "undo"],
    mutationFn: sendPermitChange,
    onSettled: () => queryClient.invalidateQueries({ queryKey: permitsQueryKey }),
  });
}
