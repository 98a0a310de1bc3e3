import type { CurrentPermit, PermitChange, PermitRecord, PermitSummary } from "@permit-desk/schema";
import type { ChangeEntry } from "./change-entry.ts";
import type { JournalEntry } from "./journal-entry.ts";
import { changeDatesOf, permitStatusOf } from "./permit-projection.ts";

const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

/** What each zone is called now, by id; a zone missing here is named as the permit was sent. */
export type ZoneNames = ReadonlyMap<string, string>;

export function zoneNamesOf(zones: readonly { id: string; name: string }[]): ZoneNames {
  return new Map(zones.map((zone) => [zone.id, zone.name]));
}

/** Display names by username, for the members whose accounts still exist. */
export type DisplayNames = ReadonlyMap<string, string>;

/** What a summary is read with: the permit's changes, and the names of zones and members now. */
export type SummaryContext = {
  changes: readonly ChangeEntry[];
  names: DisplayNames;
  zoneNames?: ZoneNames;
};

/** The permit as its changes have made it. */
export function toCurrentPermit(
  entry: JournalEntry,
  { changes, names, zoneNames }: SummaryContext,
): CurrentPermit {
  const { current } = entry;
  const dates = changeDatesOf(changes);
  return {
    plate: current.plate,
    zone: current.zone,
    zoneId: current.zoneId,
    zoneName: zoneNames?.get(current.zoneId) ?? current.zone,
    validFrom: current.validFrom.toISOString(),
    validUntil: current.validUntil.toISOString(),
    ...optional("permitNo", current.permitNo),
    status: permitStatusOf(entry),
    corrected: dates.correctedAt !== undefined,
    ...optional("correctedAt", dates.correctedAt?.toISOString()),
    ...optional("extendedAt", dates.extendedAt?.toISOString()),
    ...optional("voidedAt", entry.voidedAt?.toISOString()),
    ...optional("voidedBy", dates.voided?.by),
    ...optional("voidedByName", dates.voided && names.get(dates.voided.by)),
  };
}

/**
 * When OPSCOM's answer superseded staff's findings: it came after them, once the request had
 * been called interrupted. Undefined while the outcome is unknown: the latest finding counts.
 */
function supersededAtOf(record: { state: string; completedAt?: Date }): string | undefined {
  return record.state === "unknown" ? undefined : record.completedAt?.toISOString();
}

/** A journal entry as a line of the history. */
export function toPermitSummary(entry: JournalEntry, context: SummaryContext): PermitSummary {
  const latest = entry.state === "unknown" ? entry.reconciliations.at(-1) : undefined;
  return {
    id: entry.id,
    createdAt: entry.createdAt.toISOString(),
    actor: entry.actor,
    ...optional("actorName", context.names.get(entry.actor)),
    plate: entry.plate,
    zone: entry.zone,
    zoneId: entry.zoneId,
    validFrom: entry.validFrom.toISOString(),
    validUntil: entry.validUntil.toISOString(),
    ...optional("amount", entry.amount),
    ...optional("currency", entry.currency),
    ...optional("permitNo", entry.permitNo),
    state: entry.state,
    ...optional("referenceId", entry.referenceId),
    ...optional("finding", latest?.finding),
    ...optional("foundReferenceId", latest?.finding === "exists" ? latest.referenceId : undefined),
    current: toCurrentPermit(entry, context),
    changeCount: entry.changeCount,
  };
}

/** One change of a permit with everything that was sent and answered. */
export function toPermitChange(change: ChangeEntry, names: DisplayNames): PermitChange {
  return {
    id: change.id,
    action: change.action,
    actor: change.actor,
    ...optional("actorName", names.get(change.actor)),
    createdAt: change.createdAt.toISOString(),
    ...optional("completedAt", change.completedAt?.toISOString()),
    reason: change.reason,
    fields: change.fields,
    state: change.state,
    ...optional(
      "finding",
      change.state === "unknown" ? change.reconciliations.at(-1)?.finding : undefined,
    ),
    sentBody: change.sentBody,
    opscom: {
      ...optional("httpStatus", change.opscomHttpStatus),
      ...optional("errorCode", change.opscomErrorCode),
      ...optional("reason", change.outcomeReason),
      ...optional("detail", change.outcomeDetail),
      ...optional("durationMs", change.opscomMs),
      ...optional("rawAnswer", change.opscomRawAnswer),
    },
    reconciliations: change.reconciliations.map((finding) => ({
      id: finding.id,
      reconciledAt: finding.reconciledAt.toISOString(),
      reconciledBy: finding.reconciledBy,
      finding: finding.finding,
      ...optional("note", finding.note),
      ...optional("supersededAt", supersededAtOf(change)),
    })),
  };
}

/** A journal entry with everything that was sent and answered, and its changes since. */
export function toPermitRecord(
  entry: JournalEntry,
  changes: readonly ChangeEntry[],
  names: DisplayNames,
  zoneNames?: ZoneNames,
): PermitRecord {
  return {
    ...toPermitSummary(entry, { changes, names, zoneNames }),
    sentBody: entry.sentBody,
    ...optional("completedAt", entry.completedAt?.toISOString()),
    opscom: {
      ...optional("httpStatus", entry.opscomHttpStatus),
      ...optional("errorCode", entry.opscomErrorCode),
      ...optional("reason", entry.outcomeReason),
      ...optional("detail", entry.outcomeDetail),
      ...optional("durationMs", entry.opscomMs),
      ...optional("rawAnswer", entry.opscomRawAnswer),
    },
    reconciliations: entry.reconciliations.map((finding) => ({
      id: finding.id,
      reconciledAt: finding.reconciledAt.toISOString(),
      reconciledBy: finding.reconciledBy,
      finding: finding.finding,
      ...optional("referenceId", finding.referenceId),
      ...optional("note", finding.note),
      ...optional("supersededAt", supersededAtOf(entry)),
    })),
    changes: changes.map((change) => toPermitChange(change, names)),
  };
}
