import type { Kysely } from "kysely";
import * as z from "zod/mini";
import type { Clock } from "../clock.ts";
import { builtOnce } from "../db/built-once.ts";
import type { Database } from "../db/database.ts";
import type { Commit } from "../db/group-commit.ts";

/** Keys are kept at least this long, so a retry within a day replays the first answer. */
export const IDEMPOTENCY_KEY_RETENTION_MS = 24 * 60 * 60 * 1000;

export type IdempotencyClaim = {
  /** Whose key it is: keys are unique per caller, never across callers. */
  scope: string;
  key: string;
  /** The request body's fingerprint (see `fingerprintOf`). */
  fingerprint: string;
};

const jsonValueSchema = z.json();
/** An answer body, as JSON can carry it. */
export type JsonValue = z.infer<typeof jsonValueSchema>;

export type ClaimResult =
  /** The caller owns the key now: run the request, then `complete` or `release`. */
  | { kind: "claimed" }
  /** The same request already finished: answer this again. */
  | { kind: "replay"; status: number; body: JsonValue }
  /** The key was used for another body: 422. */
  | { kind: "mismatch" }
  /** The same request is still running: 409. */
  | { kind: "in_progress" };

export type StoredAnswer = { scope: string; key: string; status: number; body: JsonValue };

export type IdempotencyKeys = {
  claim(claim: IdempotencyClaim): Promise<ClaimResult>;
  /** Stores the answer to replay. False when the key was not in progress (released or pruned). */
  complete(answer: StoredAnswer): Promise<boolean>;
  /** Gives up an unfinished claim, so that the same key may run again: only when nothing was sent. */
  release(key: { scope: string; key: string }): Promise<boolean>;
  /** Deletes keys claimed before `olderThan`; returns how many. */
  prune(olderThan: Date): Promise<number>;
};

function parseAnswer(text: string | null): JsonValue {
  let value: unknown;
  try {
    value = text === null ? undefined : JSON.parse(text);
  } catch {
    value = undefined;
  }
  const parsed = jsonValueSchema.safeParse(value);
  if (!parsed.success) throw new Error("idempotency_keys.response_body does not hold JSON.");
  return parsed.data;
}

/** A claim may find the key gone again (released meanwhile) before it could read it: try again. */
const CLAIM_ATTEMPTS = 3;

async function insertClaim(
  db: Kysely<Database>,
  claim: IdempotencyClaim,
  claimedAt: Date,
): Promise<boolean> {
  const values = {
    scope: claim.scope,
    key: claim.key,
    fingerprint: claim.fingerprint,
    createdAt: claimedAt.getTime(),
  };
  const inserted = await builtOnce(db, "claim key", values, (placeholders) =>
    db
      .insertInto("idempotency_keys")
      .values({
        scope: placeholders.scope,
        key: placeholders.key,
        fingerprint: placeholders.fingerprint,
        state: "in_progress",
        response_status: null,
        response_body: null,
        created_at: placeholders.createdAt,
        completed_at: null,
      })
      .onConflict((conflict) => conflict.columns(["scope", "key"]).doNothing())
      .returning("key"),
  );
  return inserted.rows.length > 0;
}

/** What an earlier request under this key left: undefined when there was none. */
export async function earlierClaim(
  db: Kysely<Database>,
  claim: IdempotencyClaim,
): Promise<Exclude<ClaimResult, { kind: "claimed" }> | undefined> {
  const row = await db
    .selectFrom("idempotency_keys")
    .selectAll()
    .where("scope", "=", claim.scope)
    .where("key", "=", claim.key)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  if (row.fingerprint !== claim.fingerprint) return { kind: "mismatch" };
  if (row.state === "in_progress" || row.response_status === null) return { kind: "in_progress" };
  return { kind: "replay", status: row.response_status, body: parseAnswer(row.response_body) };
}

export type ClaimedWith<T> =
  | { kind: "claimed"; value: T }
  | Exclude<ClaimResult, { kind: "claimed" }>;

/** Runs `attempt` until it claims the key or finds what an earlier request left under it. */
export async function claimAttempts<T>(
  db: Kysely<Database>,
  claim: IdempotencyClaim,
  attempt: () => Promise<{ value: T } | undefined>,
): Promise<ClaimedWith<T>> {
  for (let tries = 0; tries < CLAIM_ATTEMPTS; tries++) {
    const claimed = await attempt();
    if (claimed !== undefined) return { kind: "claimed", value: claimed.value };
    const found = await earlierClaim(db, claim);
    if (found !== undefined) return found;
  }
  return { kind: "in_progress" };
}

/**
 * Claims the key and runs `alongside` in the same transaction (made by `commit`), so that what it
 * writes commits with the claim or not at all; `alongside` runs only when the key was free.
 */
export function claimWith<T>(
  db: Kysely<Database>,
  claim: IdempotencyClaim,
  claimedAt: Date,
  alongside: (trx: Kysely<Database>) => Promise<T>,
  commit: Commit = (work) => db.transaction().execute(work),
): Promise<ClaimedWith<T>> {
  return claimAttempts(db, claim, () =>
    commit(async (trx) => {
      if (!(await insertClaim(trx, claim, claimedAt))) return undefined;
      return { value: await alongside(trx) };
    }),
  );
}

/**
 * What a request's own outcome leaves under its key, in the caller's transaction: the answer to
 * replay, or nothing (the key freed) when nothing reached OPSCOM. When this commit `recorded` the
 * outcome, it replaces whatever the key held: a retry may have stored "not confirmed" under it
 * after recovery called the request interrupted, and OPSCOM's answer, come late, is the truth.
 */
export async function answerUnderKey(
  db: Kysely<Database>,
  key: { scope: string; key: string },
  answer: { status: number; body: JsonValue } | undefined,
  at: Date,
  { recorded }: { recorded: boolean },
): Promise<void> {
  const anyState = { evenIfAnswered: recorded };
  if (answer === undefined) await releaseClaim(db, key, anyState);
  else await completeClaim(db, { ...key, ...answer }, at, anyState);
}

export async function completeClaim(
  db: Kysely<Database>,
  { scope, key, status, body }: StoredAnswer,
  completedAt: Date,
  { evenIfAnswered = false } = {},
): Promise<boolean> {
  const values = {
    scope,
    key,
    status,
    body: JSON.stringify(body),
    completedAt: completedAt.getTime(),
  };
  const shape = evenIfAnswered ? "complete claim" : "complete claim in progress";
  const result = await builtOnce(db, shape, values, (placeholders) =>
    db
      .updateTable("idempotency_keys")
      .set({
        state: "completed",
        response_status: placeholders.status,
        response_body: placeholders.body,
        completed_at: placeholders.completedAt,
      })
      .where("scope", "=", placeholders.scope)
      .where("key", "=", placeholders.key)
      .$if(!evenIfAnswered, (query) => query.where("state", "=", "in_progress")),
  );
  return (result.numAffectedRows ?? 0n) > 0n;
}

async function releaseClaim(
  db: Kysely<Database>,
  { scope, key }: { scope: string; key: string },
  { evenIfAnswered = false } = {},
): Promise<boolean> {
  const result = await db
    .deleteFrom("idempotency_keys")
    .where("scope", "=", scope)
    .where("key", "=", key)
    .$if(!evenIfAnswered, (query) => query.where("state", "=", "in_progress"))
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export function createIdempotencyKeys(
  db: Kysely<Database>,
  options: { clock: Clock },
): IdempotencyKeys {
  const { clock } = options;
  return {
    async claim(claim) {
      const claimedAt = clock();
      const claimed = await claimAttempts(db, claim, async () =>
        (await insertClaim(db, claim, claimedAt)) ? { value: undefined } : undefined,
      );
      return claimed.kind === "claimed" ? { kind: "claimed" } : claimed;
    },

    complete: (answer) => completeClaim(db, answer, clock()),

    release: (key) => releaseClaim(db, key),

    async prune(olderThan) {
      const result = await db
        .deleteFrom("idempotency_keys")
        .where("created_at", "<", olderThan.getTime())
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
