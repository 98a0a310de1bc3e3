import type { TemplateChange, TemplateInput } from "@permit-desk/schema";
import * as templateEndpoints from "@permit-desk/schema/endpoints/templates";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { callApi } from "../../lib/api-client.ts";
import { templatesQueryKey, useListChange } from "../../lib/shared-queries.ts";
import type { PositionChange } from "./template-moves.ts";

export function useCreateTemplate() {
  return useListChange(templatesQueryKey, "create", (template: TemplateInput) =>
    callApi(templateEndpoints.createTemplate, { body: template }),
  );
}

export function useReplaceTemplate() {
  return useListChange(
    templatesQueryKey,
    "replace",
    ({ id, template }: { id: string; template: TemplateInput }) =>
      callApi(templateEndpoints.replaceTemplate, { params: { id }, body: template }),
  );
}

const changeTemplate = ({ id, change }: { id: string; change: TemplateChange }) =>
  callApi(templateEndpoints.changeTemplate, { params: { id }, body: change });

/** In use or not, or its place in the list. */
export function useChangeTemplate() {
  return useListChange(templatesQueryKey, "change", changeTemplate);
}

/**
 * A move is a change of `position` per template whose position changes. It settles once the list
 * is read again, so the rows are in their new order, whether or not every change went through.
 */
export function useMoveTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ["templates", "move"],
    mutationFn: async (changes: readonly PositionChange[]) => {
      for (const { id, position } of changes) await changeTemplate({ id, change: { position } });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: templatesQueryKey }),
  });
}
