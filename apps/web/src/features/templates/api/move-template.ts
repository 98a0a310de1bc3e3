import { useMutation, useQueryClient } from "@tanstack/react-query";
import { templatesQueryKey } from "../../../lib/templates-query.ts";
import type { PositionChange } from "../template-moves.ts";
import { changeTemplate } from "./change-template.ts";

/** A move is a `PATCH /api/templates/:id` `{ position }` per template whose position changes. */
export async function moveTemplate(changes: readonly PositionChange[]) {
  for (const { id, position } of changes) await changeTemplate({ id, change: { position } });
}

/** Settles once the list is read again, so the rows are in their new order. */
export function useMoveTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ["templates", "move"],
    mutationFn: moveTemplate,
    onSettled: () => queryClient.invalidateQueries({ queryKey: templatesQueryKey }),
  });
}
