import { useQuery } from "@tanstack/react-query";
import { templatesQueryOptions } from "../../../lib/templates-query.ts";

/** `GET /api/templates`: the query the issue form shares, under the same key. */
export function useTemplates() {
  return useQuery(templatesQueryOptions());
}
