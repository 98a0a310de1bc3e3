import {
  type IssuedPermit,
  normalizePlate,
  type PlateChecks,
  plateSchema,
} from "@permit-desk/schema";
import * as permitEndpoints from "@permit-desk/schema/endpoints/permits";
import * as plateEndpoints from "@permit-desk/schema/endpoints/plates";
import { queryOptions, useMutation, useQueries } from "@tanstack/react-query";
import { callApi } from "../../lib/api-client.ts";
import { BFF_MARGIN_MS, permitQueryKeys } from "../../lib/permit-change.ts";
import { useSettledValue } from "./hooks/use-settled-value.ts";
import type { Submission } from "./utils/issue-attempts.ts";

export type IssuePermitVariables = { submission: Submission; opscomTimeoutMs: number };

export function issuePermit({
  submission,
  opscomTimeoutMs,
}: IssuePermitVariables): Promise<IssuedPermit> {
  return callApi(permitEndpoints.issuePermit, {
    body: submission.draft,
    idempotencyKey: submission.idempotencyKey,
    timeoutMs: opscomTimeoutMs + BFF_MARGIN_MS,
  });
}

export function useIssuePermit() {
  return useMutation({ mutationKey: [...permitQueryKeys.all, "issue"], mutationFn: issuePermit });
}

/** Long enough to skip the plates seen while a plate is typed, short enough to feel immediate. */
const TYPING_PAUSE_MS = 250;

export function plateChecksQueryOptions(plate: string, zone: string | undefined) {
  return queryOptions({
    queryKey: ["plates", plate, "checks", zone ?? ""],
    queryFn: () => callApi(plateEndpoints.getPlateChecks, { params: { plate }, query: { zone } }),
    staleTime: 30_000,
  });
}

/**
 * The warnings for each plate being typed, in the chosen zone: asked once typing pauses, only for
 * plates the form would accept. Each `data` is only ever about that very plate and zone, never
 * one typed before.
 */
export function usePlateChecks(plates: readonly string[], zone: string | undefined) {
  const typed = plates.map(normalizePlate).join(",");
  const chosenZone = zone ?? "";
  const settledPlates = useSettledValue(typed, TYPING_PAUSE_MS);
  const settledZone = useSettledValue(chosenZone, TYPING_PAUSE_MS);
  const isCurrent = settledPlates === typed && settledZone === chosenZone;
  return useQueries({
    queries: (settledPlates === "" ? [] : settledPlates.split(",")).map((plate) => ({
      ...plateChecksQueryOptions(plate, settledZone),
      enabled: plateSchema.safeParse(plate).success,
      select: (checks: PlateChecks) => (isCurrent ? checks : undefined),
    })),
  });
}
