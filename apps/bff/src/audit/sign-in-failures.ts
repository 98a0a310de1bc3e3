import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Clock } from "../clock.ts";
import type { Database } from "../db/database.ts";
import { parseJsonObject } from "../journal/json-object.ts";

/** Failed sign-ins from one address are one audit event per window of this length. */
const SIGN_IN_FAILURE_WINDOW_MS = 60 * 60 * 1000;
/** The usernames an event lists; failures under any others are only counted. */
export const LISTED_USERNAMES = 20;

export type SignInFailure = {
  /** The client address as the throttle counts it; null when unknown. */
  address: string | null;
  /** As typed, normalised and cut to a bounded length. */
  username: string;
  /** The address has used up its failures: the next attempts from it are refused unchecked. */
  addressLimitReached: boolean;
};

/** What the event's detail holds; it grows while its window is open. */
type FailureDetail = {
  ip: string | null;
  failures: number;
  usernames: string[];
  otherUsernames: number;
  lastFailureAt: string;
  addressLimitReached?: true;
};

/** One id per address and window, so that every failure in it lands on the same row. */
function eventId(address: string, windowStart: number): string {
  const hex = createHash("sha256")
    .update(`sign-in-failures ${address} ${windowStart}`)
    .digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

function counted(before: FailureDetail, failure: SignInFailure, at: Date): FailureDetail {
  const listed = before.usernames.includes(failure.username);
  const room = before.usernames.length < LISTED_USERNAMES;
  return {
    ...before,
    failures: before.failures + 1,
    usernames: listed || !room ? before.usernames : [...before.usernames, failure.username],
    otherUsernames: before.otherUsernames + (listed || room ? 0 : 1),
    lastFailureAt: at.toISOString(),
    ...((before.addressLimitReached || failure.addressLimitReached) && {
      addressLimitReached: true,
    }),
  };
}

function detailOf(text: string | null, failure: SignInFailure, at: Date): FailureDetail {
  const parsed = text === null ? {} : parseJsonObject(text, "audit_events.detail");
  return {
    ip: failure.address,
    failures: typeof parsed.failures === "number" ? parsed.failures : 0,
    usernames: Array.isArray(parsed.usernames) ? parsed.usernames.map(String) : [],
    otherUsernames: typeof parsed.otherUsernames === "number" ? parsed.otherUsernames : 0,
    lastFailureAt: at.toISOString(),
    ...(parsed.addressLimitReached === true && { addressLimitReached: true }),
  };
}

/**
 * Counts a failed sign-in in its address's event for the current window: a flood of attempts
 * adds one row an hour per address, not one per attempt. The event is created by the window's
 * first failure, at its time, and only its count, usernames and last failure change after.
 */
export async function countSignInFailure(
  db: Kysely<Database>,
  failure: SignInFailure,
  clock: Clock,
): Promise<void> {
  const at = clock();
  const address = failure.address ?? "unknown";
  const windowStart = at.getTime() - (at.getTime() % SIGN_IN_FAILURE_WINDOW_MS);
  const id = eventId(address, windowStart);
  await db.transaction().execute(async (trx) => {
    // Inserts the window's event, or locks the one already there and reads it.
    const row = await trx
      .insertInto("audit_events")
      .values({
        id,
        at: at.getTime(),
        actor_id: null,
        actor_label: failure.address ?? "unknown address",
        action: "auth.sign_in_failed",
        subject_type: null,
        subject_id: null,
        changes: null,
        detail: null,
      })
      .onConflict((conflict) =>
        conflict
          .column("id")
          .doUpdateSet((eb) => ({ actor_label: eb.ref("audit_events.actor_label") })),
      )
      .returning("detail")
      .executeTakeFirstOrThrow();
    const detail = counted(detailOf(row.detail, failure, at), failure, at);
    await trx
      .updateTable("audit_events")
      .set({ detail: JSON.stringify(detail) })
      .where("id", "=", id)
      .execute();
  });
}
