import { draftToWire, type PermitDraft, type TimeBasis } from "@permit-desk/schema";
import type { Actor } from "../audit/audit-event.ts";
import type { Config } from "../config.ts";
import type { IdempotencyClaim } from "../journal/idempotency-keys.ts";
import type { JournalEntry } from "../journal/journal-entry.ts";
import type { Submissions } from "../journal/write-stores.ts";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../operations/metrics.ts";
import type { OpscomClient } from "../opscom/client.ts";
import type { OpscomOutcome } from "../opscom/outcome.ts";
import { type WriteResult, writeOnce } from "../opscom-writes/write-pipeline.ts";
import { outcomeResponse, unconfirmedAnswer } from "./outcome-response.ts";

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
  metrics: Pick<Metrics, "permitSettled">;
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

/**
 * Journals the submission, sends it once and records its outcome through the one write pipeline
 * (`writeOnce`): a permit's create supplies what it journals, how it is sent and answered.
 */
export function issuePermit(
  draft: PermitDraft,
  zoneId: string,
  submitter: Submitter,
  deps: IssueDeps,
): Promise<WriteResult> {
  const wire = draftToWire(draft, deps.issueSettings);
  const { apiToken: _token, ...sentBody } = wire;
  const { claim } = submitter;
  return writeOnce<JournalEntry, OpscomOutcome>({
    journal: deps.submissions,
    claim,
    actor: submitter.actor,
    unconfirmed: unconfirmedAnswer,
    open: () =>
      deps.submissions.open(claim, {
        actor: submitter.actor,
        draft,
        zoneId,
        sentBody,
        idempotencyKey: claim.key,
      }),
    send: () => deps.opscom.createPermit(wire),
    async settle(entry, outcome) {
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
      deps.metrics.permitSettled(draft.zone, outcome);
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
      return response;
    },
  });
}
