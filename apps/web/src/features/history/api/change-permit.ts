import { useMutation, useQueryClient } from "@tanstack/react-query";
import { sendPermitChange } from "../../../lib/permit-change.ts";
import { permitQueryKeys } from "./permit-query-keys.ts";

/**
 * Corrects, extends or voids a permit. Whatever the outcome, the record is read again: a change
 * OPSCOM did not confirm is in the chain too, and the permit waits on it.
 */
export function useChangePermit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...permitQueryKeys.all, "change"],
    mutationFn: sendPermitChange,
    onSuccess: (record) => {
      queryClient.setQueryData(permitQueryKeys.record(record.id), record);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: permitQueryKeys.all }),
  });
}
