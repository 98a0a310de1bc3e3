import type { PermitRecord, PermitSummary } from "@permit-desk/schema";
import type { JournalEntry } from "./journal-entry.ts";

const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

/** A journal entry as a line of the history. */
export function toPermitSummary(entry: JournalEntry): PermitSummary {
  const latest = entry.reconciliations.at(-1);
  return {
    id: entry.id,
    createdAt: entry.createdAt.toISOString(),
    actor: entry.actor,
    plate: entry.plate,
    zone: entry.zone,
    validFrom: entry.validFrom.toISOString(),
    validUntil: entry.validUntil.toISOString(),
    ...optional("amount", entry.amount),
    ...optional("currency", entry.currency),
    ...optional("permitNo", entry.permitNo),
    state: entry.state,
    ...optional("referenceId", entry.referenceId),
    ...optional("finding", latest?.finding),
    ...optional("foundReferenceId", latest?.finding === "exists" ? latest.referenceId : undefined),
  };
}

/** A journal entry with everything that was sent and answered. */
export function toPermitRecord(entry: JournalEntry): PermitRecord {
  return {
    ...toPermitSummary(entry),
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
    })),
  };
}
