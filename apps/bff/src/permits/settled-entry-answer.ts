import type { ContentfulStatusCode } from "hono/utils/http-status";
import { apiError } from "../http/api-error.ts";
import type { JsonValue } from "../idempotency/idempotency-keys.ts";
import type { ChangeEntry } from "../journal/change-entry.ts";
import type { JournalEntry } from "../journal/journal-entry.ts";
import { unconfirmedChangeAnswer } from "./change-response.ts";
import { UNCONFIRMED_MESSAGE } from "./outcome-response.ts";

/**
 * The answer for a key left claimed by a process that stopped mid-request, once recovery has
 * settled its journal entry: a retry then learns what is known instead of waiting forever.
 */
export async function answerForSettledEntry(
  entry: JournalEntry | undefined,
): Promise<{ status: ContentfulStatusCode; body: JsonValue } | undefined> {
  if (entry === undefined || entry.state !== "unknown") return undefined;
  return {
    status: 502,
    body: apiError("opscom_unconfirmed", UNCONFIRMED_MESSAGE, { journalId: entry.id }),
  };
}

/** The same for a change whose process stopped mid-request: recovery made it `unknown`. */
export function answerForSettledChange(
  change: ChangeEntry | undefined,
): { status: ContentfulStatusCode; body: JsonValue } | undefined {
  if (change === undefined || change.state !== "unknown") return undefined;
  return unconfirmedChangeAnswer(change.id, false);
}
