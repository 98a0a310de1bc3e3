import type { Actor } from "../audit/audit-event.ts";
import type { Config } from "../config.ts";
import { apiError } from "../http/api-error.ts";
import type { ChangeEntry } from "../journal/change-entry.ts";
import type { IdempotencyClaim } from "../journal/idempotency-keys.ts";
import type { Journal } from "../journal/journal.ts";
import type { JournalEntry } from "../journal/journal-entry.ts";
import type { PermitChanges } from "../journal/write-stores.ts";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../operations/metrics.ts";
import type { OpscomClient } from "../opscom/client.ts";
import type { ChangeOutcome } from "../opscom/outcome.ts";
import { refuseWrite, type WriteResult, writeOnce } from "../opscom-writes/write-pipeline.ts";
import type { User } from "../users/user.ts";
import type { Users } from "../users/users.ts";
import { changeResponse, unconfirmedChangeAnswer } from "./change-response.ts";
import { type ChangeContext, type ChangePlan, checkChange } from "./check-change.ts";
import { displayNamesOf } from "./display-names.ts";
import type { IssueSettings } from "./issue-permit.ts";
import type { IssueZones } from "./submit-permit.ts";

export type ChangeDeps = {
  permitChanges: PermitChanges;
  journal: Journal;
  users: Users;
  opscom: OpscomClient;
  issueSettings: IssueSettings;
  config: Config;
  logger: Logger;
  metrics: Pick<Metrics, "changeSettled">;
};

export type ChangeRequester = {
  user: User;
  auditActor: Actor;
  claim: IdempotencyClaim;
  zones: IssueZones;
  now: Date;
};

function sendChange(plan: ChangePlan, deps: ChangeDeps) {
  const wire = { apiToken: deps.issueSettings.apiToken, referenceID: plan.referenceId };
  return plan.request.action === "void"
    ? deps.opscom.deletePermit(wire)
    : deps.opscom.updatePermit({ ...plan.sentBody, ...wire });
}

/**
 * Checks a correction or void of `entry`, then writes it through the one write pipeline
 * (`writeOnce`): a change supplies what it journals, how it is sent and how it is answered.
 */
export async function changePermit(
  body: unknown,
  entry: JournalEntry,
  requester: ChangeRequester,
  deps: ChangeDeps,
): Promise<WriteResult> {
  const { user, claim } = requester;
  const changes = await deps.journal.changes(entry.id);
  const context: ChangeContext = {
    user,
    now: requester.now,
    zones: requester.zones,
    rules: deps.config,
    timeBasis: deps.config.opscom.timeBasis,
    unsettled: changes.find((change) => change.id === entry.unsettledChangeId),
  };
  const checked = checkChange(body, entry, context);
  const journal = {
    journal: deps.permitChanges,
    claim,
    actor: user.username,
    unconfirmed: unconfirmedChangeAnswer,
  };
  if (!checked.ok) return refuseWrite(journal, checked.answer);
  const { plan } = checked;
  return writeOnce<ChangeEntry, ChangeOutcome>({
    ...journal,
    open: () =>
      deps.permitChanges.open(
        claim,
        {
          permitId: entry.id,
          actor: user.username,
          action: plan.request.action,
          reason: plan.request.reason,
          fields: plan.fields,
          sentBody: plan.sentBody,
          after: plan.after,
          idempotencyKey: claim.key,
        },
        entry.changeCount,
      ),
    conflict: {
      status: 409,
      body: apiError("conflict", { code: "permit_changed_meanwhile" }),
    },
    send: () => sendChange(plan, deps),
    async settle(change, outcome) {
      const names = await displayNamesOf(deps.users, [
        entry.actor,
        ...changes.map((each) => each.actor),
        user.username,
      ]);
      const answer = await deps.permitChanges.settle({
        change,
        outcome,
        key: { scope: claim.scope, key: claim.key },
        respond: (permit, recorded) =>
          changeResponse(outcome, change.id, { permit, changes: recorded, names }),
        // Nothing reached OPSCOM, so the same change may be sent again under its key.
        freeKey: outcome.kind === "not_sent",
        audit: {
          actor: requester.auditActor,
          action: plan.request.action === "void" ? "permit.void" : "permit.update",
          subject: { type: "permit", id: entry.id },
          ...(plan.request.action === "update" && { changes: plan.fields }),
          detail: { journalId: change.id, outcome: outcome.kind, reason: plan.request.reason },
        },
      });
      deps.metrics.changeSettled(
        plan.request.action,
        requester.zones.site.find((zone) => zone.id === entry.zoneId)?.name ?? "other",
        outcome,
      );
      deps.logger.info(
        {
          event: `permit.${plan.request.action}`,
          journalId: change.id,
          permitId: entry.id,
          actor: user.username,
          sent: plan.sentBody,
          outcome,
        },
        `permit ${plan.request.action} ${outcome.kind}`,
      );
      return answer;
    },
  });
}
