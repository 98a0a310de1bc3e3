import { draftToWire, type PermitDraft, type TimeBasis } from "@permit-desk/schema";
import type { Config } from "../config.ts";
import type { Journal } from "../journal/journal.ts";
import type { Logger } from "../logger.ts";
import type { OpscomClient } from "../opscom/client.ts";
import type { OpscomOutcome } from "../opscom/outcome.ts";

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
  journal: Journal;
  opscom: OpscomClient;
  issueSettings: IssueSettings;
  logger: Logger;
};

export type IssueResult = { journalId: string; outcome: OpscomOutcome };

/**
 * Journals the submission as pending — committed before a byte goes to OPSCOM — then sends it
 * once and records what came back. `onSending` marks the point after which the key may not be
 * released, because OPSCOM may have the permit.
 */
export async function issuePermit(
  draft: PermitDraft,
  submission: { actor: string; idempotencyKey: string; onSending: () => void },
  deps: IssueDeps,
): Promise<IssueResult> {
  const wire = draftToWire(draft, deps.issueSettings);
  const { apiToken: _token, ...sentBody } = wire;
  const entry = await deps.journal.insertPending({
    actor: submission.actor,
    draft,
    sentBody,
    idempotencyKey: submission.idempotencyKey,
  });
  submission.onSending();
  const outcome = await deps.opscom.createPermit(wire);
  const recorded = await deps.journal.recordOutcome(entry.id, outcome);
  deps.logger.info(
    {
      event: "permit.create",
      journalId: entry.id,
      actor: submission.actor,
      sent: sentBody,
      outcome,
      recorded,
    },
    `permit ${outcome.kind}`,
  );
  return { journalId: entry.id, outcome };
}
