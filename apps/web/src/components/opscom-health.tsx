import * as statusEndpoints from "@permit-desk/schema/endpoints/status";
import { queryOptions, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { callApi } from "../lib/api-client.ts";
import { defineMessages, useMessages } from "../lib/i18n/messages.ts";
import { sessionQueryOptions } from "../lib/session.ts";

/**
 * How often an open page asks whether OPSCOM is failing: the banner shows or goes within this,
 * and at once after the member's own permit call. The answer is read from the BFF's memory and
 * does not keep the session alive (decision 026).
 */
export const OPSCOM_HEALTH_POLL_MS = 30_000;

const opscomHealthQueryKey = ["status", "opscom"] as const;

export function opscomHealthQueryOptions() {
  return queryOptions({
    queryKey: opscomHealthQueryKey,
    queryFn: () => callApi(statusEndpoints.getOpscomHealth),
    refetchInterval: OPSCOM_HEALTH_POLL_MS,
    // A page brought back to the front may have missed polls while hidden.
    refetchOnWindowFocus: true,
  });
}

/** Whether the BFF judges OPSCOM failing; false while unknown, and once nobody is signed in. */
export function useOpscomFailing(): boolean {
  const session = useQuery(sessionQueryOptions());
  const signedIn = Boolean(session.data);
  const health = useQuery({ ...opscomHealthQueryOptions(), enabled: signedIn });
  return signedIn && health.data?.state === "failing";
}

const words = defineMessages("opscomHealth", {
  "en-CA": {
    banner: "OPSCOM is not answering: permits may not be confirmed; try again in a few minutes.",
    issueAnyway: "If OPSCOM does not answer, the permit stays “Not confirmed” until checked.",
  },
  "fr-CA": {
    banner:
      "OPSCOM ne répond pas : les permis risquent de ne pas être confirmés; réessayez dans quelques minutes.",
    issueAnyway: "Sans réponse d'OPSCOM, le permis reste « Non confirmé » jusqu'à vérification.",
  },
});

/**
 * The line under the header on every signed-in page while OPSCOM is failing. Its status region
 * is always there, empty and without height otherwise, so that screen readers announce the
 * words when they come without taking focus, and nothing moves while OPSCOM answers.
 */
export function OpscomBanner() {
  const failing = useOpscomFailing();
  const t = useMessages(words);
  const queryClient = useQueryClient();
  // Issuing, voiding, correcting and extending call OPSCOM: ask again once any change ends.
  useEffect(
    () =>
      queryClient.getMutationCache().subscribe((event) => {
        if (event.type === "updated" && ["success", "error"].includes(event.action.type)) {
          void queryClient.invalidateQueries({ queryKey: opscomHealthQueryKey });
        }
      }),
    [queryClient],
  );
  return (
    <div role="status">
      {failing && (
        <p className="bg-red-800 px-4 py-1 text-center text-sm font-semibold text-white">
          <span aria-hidden="true">⚠ </span>
          {t("banner")}
        </p>
      )}
    </div>
  );
}

/** Near the Issue button while OPSCOM is failing: what becomes of a permit issued anyway. */
export function OpscomFailingNote() {
  const failing = useOpscomFailing();
  const t = useMessages(words);
  if (!failing) return null;
  return <p className="text-sm font-medium text-amber-900">{t("issueAnyway")}</p>;
}
