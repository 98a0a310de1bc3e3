import { templateListSchema } from "@permit-desk/schema";
import { queryOptions } from "@tanstack/react-query";
import { apiRequest } from "./api-client.ts";

/** The templates the signed-in member sees: shared by the Templates page and the issue form. */
export const templatesQueryKey = ["templates"] as const;

export function getTemplates() {
  return apiRequest("/api/templates", { schema: templateListSchema });
}

export function templatesQueryOptions() {
  return queryOptions({
    queryKey: templatesQueryKey,
    queryFn: async () => (await getTemplates()).templates,
  });
}
