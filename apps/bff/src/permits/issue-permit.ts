import { draftToWire, type PermitDraft, type TimeBasis } from "@permit-desk/schema";
import type { Actor } from "../audit/audit-event.ts";
import type { Config } from "../config.ts";
import type { ClaimedWith, IdempotencyClaim } from "../idempotency/idempotency-keys.ts";
import type { Logger } from "../logger.ts";
import type { OpscomClient } from "../opscom/client.ts";
import type { OpscomOutcome } from "../opscom/outcome.ts";
import { outcomeResponse } from "./outcome-response.ts";
import type { Submissions } from "./submissions.ts";

export type IssueSettings = {
  apiToken: string;
  timeBasis: TimeBasis;
  siteTimeZone: string;
  defaultCurrency: string;
};

export function issueSettingsOf(config: Config, apiToken: string): IssueSettings {
  return {
    apiToken,
    timeBasis: config.opscom.timeBasis,
    siteTimeZone: config.siteTimeZone,
    defaultCurrency: config.defaultCurrency,
  };
}

export type IssueDeps = {
  submissions: Submissions;
  opscom: OpscomClient;
  issueSettings: IssueSettings;
  logger: Logger;
};

export type Submitter = {
  /** The journal's name for the member: their username. */
  actor: string;
  auditActor: Actor;
  claim: IdempotencyClaim;
};

export type IssueResult = {
  journalId: string;
  outcome: OpscomOutcome;
  response: ReturnType<typeof outcomeResponse>;
};

/**
 * Claims the key and journals the submission as pending — one commit, before a byte goes to
 * OPSCOM — then sends it once and records the outcome, its audit event and the key's answer in
 * a second commit. A key already used is not sent again: its earlier state is returned instead.
 */
export async function issuePermit(
  draft: PermitDraft,
  zoneId: string,
  submitter: Submitter,
  deps: IssueDeps,
): Promise<ClaimedWith<IssueResult>> {
  const wire = draftToWire(draft, deps.issueSettings);
  const { apiToken: _token, ...sentBody } = wire;
  const { claim } = submitter;
  const opened = await deps.submissions.open(claim, {
    actor: submitter.actor,
    draft,
    zoneId,
    sentBody,
    idempotencyKey: claim.key,
  });
  if (opened.kind !== "claimed") return opened;
  const entry = opened.value;
  const outcome = await deps.opscom.createPermit(wire);
  const response = outcomeResponse(draft, outcome, entry.id);
  const recorded = await deps.submissions.settle({
    entryId: entry.id,
    outcome,
    key: { scope: claim.scope, key: claim.key },
    // Nothing reached OPSCOM, so the same submission may be sent again under its key.
    answer: outcome.kind === "not_sent" ? undefined : response,
    audit: {
      actor: submitter.auditActor,
      action: "permit.issue",
      subject: { type: "permit", id: entry.id },
      detail: { journalId: entry.id, outcome: outcome.kind },
    },
  });
  deps.logger.info(
    {
      event: "permit.create",
      journalId: entry.id,
      actor: submitter.actor,
      sent: sentBody,
      outcome,
      recorded,
    },
    `permit ${outcome.kind}`,
  );
  return { kind: "claimed", value: { journalId: entry.id, outcome, response } };
}
