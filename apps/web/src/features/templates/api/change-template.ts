import { type TemplateChange, templateSchema } from "@permit-desk/schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client.ts";
import { templatesQueryKey } from "../../../lib/templates-query.ts";

export type TemplateChangeRequest = { id: string; change: TemplateChange };

/** `PATCH /api/templates/:id`: in use or not, or its place in the list. */
export function changeTemplate({ id, change }: TemplateChangeRequest) {
  return apiRequest(`/api/templates/${encodeURIComponent(id)}`, {
    method: "PATCH",
    body: change,
    schema: templateSchema,
  });
}

export function useChangeTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ["templates", "change"],
    mutationFn: changeTemplate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templatesQueryKey }),
  });
}
