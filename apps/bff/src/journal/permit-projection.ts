import {
  changeKindOf,
  type PermitChangeState,
  type PermitStatus,
  plateSkeleton,
} from "@permit-desk/schema";
import type { Selectable } from "kysely";
import type { JournalEntriesTable } from "../db/database.ts";
import type { ChangeEntry } from "./change-entry.ts";
import type { JournalEntry, PermitFacts, Projection } from "./journal-entry.ts";

type EntryRow = Selectable<JournalEntriesTable>;
type ProjectionColumns = Pick<
  EntryRow,
  | "current_plate"
  | "plate_skeleton"
  | "current_zone"
  | "current_zone_id"
  | "current_valid_from"
  | "current_valid_until"
  | "current_permit_no"
  | "voided_at"
  | "corrected_at"
  | "change_count"
  | "unsettled_change_id"
>;

/**
 * How a change ended: OPSCOM's answer; while it is unknown, staff's latest finding. An answer
 * that comes after a finding (the change had been called interrupted) decides over it.
 */
export function settledStateOf(change: ChangeEntry): PermitChangeState | "not_applied" {
  const finding = change.reconciliations.at(-1);
  if (change.state !== "unknown" || finding === undefined) return change.state;
  return finding.finding;
}

function settledAtOf(change: ChangeEntry): Date {
  const finding = change.state === "unknown" ? change.reconciliations.at(-1) : undefined;
  return finding?.reconciledAt ?? change.completedAt ?? change.createdAt;
}

/**
 * The permit as its entries make it: the submitted facts, then each applied change in turn,
 * oldest first. A change still pending, or unknown without a finding, is unsettled.
 */
export function deriveProjection(
  submitted: PermitFacts,
  changes: readonly ChangeEntry[],
): Projection {
  let projection: Projection = { current: submitted, changeCount: changes.length };
  for (const change of changes) {
    const state = settledStateOf(change);
    if (state === "pending" || state === "unknown") {
      projection = { ...projection, unsettledChangeId: change.id };
    }
    if (state !== "applied") continue;
    if (change.action === "void") {
      projection = { ...projection, voidedAt: projection.voidedAt ?? settledAtOf(change) };
    } else {
      projection = { ...projection, current: change.after, correctedAt: settledAtOf(change) };
    }
  }
  return projection;
}

/** When the permit was last corrected, last extended, and voided (by whom), as OPSCOM applied it. */
export type ChangeDates = {
  correctedAt?: Date;
  extendedAt?: Date;
  voided?: { at: Date; by: string };
};

export function changeDatesOf(changes: readonly ChangeEntry[]): ChangeDates {
  let dates: ChangeDates = {};
  for (const change of changes) {
    if (settledStateOf(change) !== "applied") continue;
    const at = settledAtOf(change);
    switch (changeKindOf(change)) {
      case "void":
        dates = { ...dates, voided: dates.voided ?? { at, by: change.actor } };
        break;
      case "extend":
        dates = { ...dates, extendedAt: at };
        break;
      case "correct":
        dates = { ...dates, correctedAt: at };
    }
  }
  return dates;
}

/**
 * A permit's facts from a row's own columns: an entry's as submitted, or a change's as the permit
 * is once it applies.
 */
export function submittedFactsOf(
  row: Pick<EntryRow, "plate" | "zone" | "zone_id" | "valid_from" | "valid_until" | "permit_no">,
): PermitFacts {
  return {
    plate: row.plate,
    zone: row.zone,
    zoneId: row.zone_id,
    validFrom: new Date(row.valid_from),
    validUntil: new Date(row.valid_until),
    ...(row.permit_no !== null && { permitNo: row.permit_no }),
  };
}

export function projectionColumns(projection: Projection): ProjectionColumns {
  const { current } = projection;
  return {
    current_plate: current.plate,
    plate_skeleton: plateSkeleton(current.plate),
    current_zone: current.zone,
    current_zone_id: current.zoneId,
    current_valid_from: current.validFrom.getTime(),
    current_valid_until: current.validUntil.getTime(),
    current_permit_no: current.permitNo ?? null,
    voided_at: projection.voidedAt?.getTime() ?? null,
    corrected_at: projection.correctedAt?.getTime() ?? null,
    change_count: projection.changeCount,
    unsettled_change_id: projection.unsettledChangeId ?? null,
  };
}

export function projectionOfRow(row: EntryRow): Projection {
  return {
    current: {
      plate: row.current_plate,
      zone: row.current_zone,
      zoneId: row.current_zone_id,
      validFrom: new Date(row.current_valid_from),
      validUntil: new Date(row.current_valid_until),
      ...(row.current_permit_no !== null && { permitNo: row.current_permit_no }),
    },
    ...(row.voided_at !== null && { voidedAt: new Date(row.voided_at) }),
    ...(row.corrected_at !== null && { correctedAt: new Date(row.corrected_at) }),
    changeCount: row.change_count,
    ...(row.unsettled_change_id !== null && { unsettledChangeId: row.unsettled_change_id }),
  };
}

/** OPSCOM's reference of the permit, when OPSCOM confirmed it or staff found it there. */
export function referenceOf(
  entry: Pick<JournalEntry, "state" | "referenceId" | "reconciliations">,
): string | undefined {
  if (entry.state === "issued") return entry.referenceId;
  const latest = entry.reconciliations.at(-1);
  return entry.state === "unknown" && latest?.finding === "exists" ? latest.referenceId : undefined;
}

/** Whether OPSCOM may hold the permit but has not said so: being sent, or never confirmed. */
function createUnconfirmed(entry: Pick<JournalEntry, "state" | "reconciliations">): boolean {
  return (
    entry.state === "pending" ||
    (entry.state === "unknown" && entry.reconciliations.at(-1) === undefined)
  );
}

export function permitStatusOf(
  entry: Pick<
    JournalEntry,
    "state" | "referenceId" | "reconciliations" | "voidedAt" | "unsettledChangeId"
  >,
): PermitStatus {
  if (createUnconfirmed(entry)) return "unconfirmed";
  if (referenceOf(entry) === undefined) return "not_issued";
  if (entry.voidedAt !== undefined) return "voided";
  if (entry.unsettledChangeId !== undefined) return "unconfirmed";
  return "active";
}
