import { type TemplateInput, templateSchema } from "@permit-desk/schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client.ts";
import { templatesQueryKey } from "../../../lib/templates-query.ts";

export type TemplateReplacement = { id: string; template: TemplateInput };

export function replaceTemplate({ id, template }: TemplateReplacement) {
  return apiRequest(`/api/templates/${encodeURIComponent(id)}`, {
    method: "PUT",
    body: template,
    schema: templateSchema,
  });
}

export function useReplaceTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ["templates", "replace"],
    mutationFn: replaceTemplate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templatesQueryKey }),
  });
}
