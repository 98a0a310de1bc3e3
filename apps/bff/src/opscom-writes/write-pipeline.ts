import type { Context } from "hono";
import { sendError } from "../http/api-error.ts";
import { readJson } from "../http/json-body.ts";
import type { ClaimedWith, ClaimResult, IdempotencyClaim } from "../journal/idempotency-keys.ts";
import type { WriteAnswer } from "../journal/write-stores.ts";
import { answerInTodaysShape } from "./stored-answer.ts";

/** This request's answer, or what an earlier request under the same key left. */
export type WriteResult =
  | ({ kind: "answered" } & WriteAnswer)
  | Exclude<ClaimResult, { kind: "claimed" }>;

/** Where a write's key and its rows live: `Submissions` or `PermitChanges`. */
type WriteJournal = {
  earlier(claim: IdempotencyClaim): Promise<Exclude<ClaimResult, { kind: "claimed" }> | undefined>;
  settledByRecovery(
    claim: IdempotencyClaim,
    actor: string,
    unconfirmed: (journalId: string) => WriteAnswer,
  ): Promise<WriteAnswer | undefined>;
};

/** One write to OPSCOM: what differs between a create, an update and a delete. */
export type OpscomWrite<Entry, Outcome> = {
  journal: WriteJournal;
  claim: IdempotencyClaim;
  /** The journal's name for the member, by which its row is found under the key. */
  actor: string;
  /** Claims the key and journals the write as pending, in one commit (`journal.open`). */
  open(): Promise<ClaimedWith<Entry> | { kind: "conflict" }>;
  /** The answer when the permit changed meanwhile (only a change can meet this). */
  conflict?: WriteAnswer;
  /** The one call to OPSCOM. */
  send(entry: Entry): Promise<Outcome>;
  /** Records the outcome, its audit event and the key's answer in one commit; says how to answer. */
  settle(entry: Entry, outcome: Outcome): Promise<WriteAnswer>;
  /** The answer for a row recovery called `unknown`: OPSCOM may or may not have it. */
  unconfirmed(journalId: string): WriteAnswer;
};

/** A key still claimed: its row may have been settled by recovery since its process stopped. */
async function earlierResult(
  write: Pick<OpscomWrite<unknown, unknown>, "journal" | "claim" | "actor" | "unconfirmed">,
  earlier: Exclude<ClaimResult, { kind: "claimed" }>,
): Promise<WriteResult> {
  if (earlier.kind !== "in_progress") return earlier;
  const settled = await write.journal.settledByRecovery(
    write.claim,
    write.actor,
    write.unconfirmed,
  );
  return settled === undefined ? earlier : { kind: "answered", ...settled };
}

/**
 * Every write to OPSCOM, at most once per key (decisions 002, 009, 013):
 * 1. claim the key and journal the write as `pending`, owned by this process, in one commit;
 * 2. send it to OPSCOM once;
 * 3. record the outcome, its audit event and the key's answer in one commit (the key is freed
 *    instead when nothing reached OPSCOM, and a late outcome's answer replaces what recovery kept).
 * A key already used is not sent again: its replay, mismatch or "still in progress" is answered
 * the same way for every write.
 */
export async function writeOnce<Entry, Outcome>(
  write: OpscomWrite<Entry, Outcome>,
): Promise<WriteResult> {
  const opened = await write.open();
  if (opened.kind === "conflict") {
    if (write.conflict === undefined) throw new Error("This write cannot conflict.");
    return { kind: "answered", ...write.conflict };
  }
  if (opened.kind !== "claimed") return earlierResult(write, opened);
  const outcome = await write.send(opened.value);
  return { kind: "answered", ...(await write.settle(opened.value, outcome)) };
}

/** A write refused before it was journalled claims nothing; a key already used answers as before. */
export async function refuseWrite(
  write: Pick<OpscomWrite<unknown, unknown>, "journal" | "claim" | "actor" | "unconfirmed">,
  answer: WriteAnswer,
): Promise<WriteResult> {
  const earlier = await write.journal.earlier(write.claim);
  return earlier === undefined ? { kind: "answered", ...answer } : earlierResult(write, earlier);
}

/** How a route sends a write's result; `what` names the request in "still in progress". */
export function sendWriteResult(c: Context, result: WriteResult, what: "permit" | "change") {
  switch (result.kind) {
    case "answered":
      return c.json(result.body, result.status);
    case "replay":
      c.header("Idempotent-Replayed", "true");
      return c.json(
        answerInTodaysShape(result.body) as WriteAnswer["body"],
        result.status as WriteAnswer["status"],
      );
    case "mismatch":
      return sendError(c, 422, "idempotency_key_reused", {
        code: what === "permit" ? "permit_idempotency_key_reused" : "change_idempotency_key_reused",
      });
    case "in_progress":
      c.header("Retry-After", "1");
      return sendError(c, 409, "idempotency_in_progress", {
        code: what === "permit" ? "permit_in_progress" : "change_in_progress",
      });
  }
}

/** The IETF draft's key: an opaque string; we take what a UUID or similar fits in. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,128}$/;

/** A write's idempotency key and JSON body, or the answer refusing the request without them. */
export async function readWrite(
  c: Context,
  what: "permit" | "change",
): Promise<{ ok: true; key: string; body: unknown } | { ok: false; response: Response }> {
  const key = c.req.header("idempotency-key");
  if (key === undefined || !IDEMPOTENCY_KEY.test(key)) {
    return {
      ok: false,
      response: sendError(c, 400, "idempotency_key_required", {
        code:
          what === "permit" ? "permit_idempotency_key_required" : "change_idempotency_key_required",
      }),
    };
  }
  const read = await readJson(c.req.raw);
  if (!read.ok) return { ok: false, response: c.json(read.error, read.status) };
  return { ok: true, key, body: read.body };
}
