import { type TemplateInput, templateSchema } from "@permit-desk/schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client.ts";
import { templatesQueryKey } from "../../../lib/templates-query.ts";

export function createTemplate(template: TemplateInput) {
  return apiRequest("/api/templates", { method: "POST", body: template, schema: templateSchema });
}

export function useCreateTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ["templates", "create"],
    mutationFn: createTemplate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templatesQueryKey }),
  });
}
