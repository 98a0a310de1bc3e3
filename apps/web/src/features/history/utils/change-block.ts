import type { PermitChange, PermitRecord, StaffMember } from "@permit-desk/schema";

const MINUTE_MS = 60_000;

/**
 * Why the member cannot correct, extend or void a permit now, as far as the page can tell. The
 * BFF still judges every change; this only spares staff a form it would refuse.
 */
export type ChangeBlock =
  | { kind: "voided" }
  | { kind: "pending" }
  | { kind: "notIssued" }
  | { kind: "unconfirmed" }
  | { kind: "changeInFlight" }
  | { kind: "changeUnconfirmed" }
  | { kind: "notYours" }
  | { kind: "notYourZone"; zone: string }
  | { kind: "windowClosed"; startedAt: string; minutes: number };

type BlockRecord = Pick<
  PermitRecord,
  "actor" | "state" | "reconciliations" | "current" | "changes"
>;
type BlockMember = Pick<StaffMember, "username" | "role"> & { zones: readonly string[] };

/** Where a change stands once staff's latest finding, if any, is counted over OPSCOM's answer. */
export function settledStateOf(change: Pick<PermitChange, "state" | "finding">) {
  return change.finding ?? change.state;
}

/** When a validator's window to change their permit closes: that long after its current start. */
export function changeWindowClosesAt(
  record: Pick<PermitRecord, "current">,
  member: Pick<StaffMember, "role">,
  changeWindowMinutes: number,
): number | undefined {
  if (member.role !== "validator") return undefined;
  return Date.parse(record.current.validFrom) + changeWindowMinutes * MINUTE_MS;
}

function stateBlock(record: BlockRecord): ChangeBlock | undefined {
  if (record.current.status === "voided") return { kind: "voided" };
  if (record.state === "pending") return { kind: "pending" };
  if (record.state === "unknown" && record.reconciliations.length === 0) {
    return { kind: "unconfirmed" };
  }
  if (record.current.status === "not_issued") return { kind: "notIssued" };
  const settled = record.changes.map(settledStateOf);
  if (settled.includes("pending")) return { kind: "changeInFlight" };
  if (settled.includes("unknown")) return { kind: "changeUnconfirmed" };
  return undefined;
}

/**
 * The BFF's rules as the page can apply them: a voided or unsettled permit changes for nobody;
 * validators change only their own, until the window after the start closes; managers those in
 * their zones; administrators any.
 */
export function changeBlock(
  record: BlockRecord,
  member: BlockMember,
  changeWindowMinutes: number,
  now: number,
): ChangeBlock | undefined {
  const byState = stateBlock(record);
  if (byState !== undefined) return byState;
  if (member.role === "validator") {
    if (record.actor !== member.username) return { kind: "notYours" };
    const closesAt = changeWindowClosesAt(record, member, changeWindowMinutes);
    if (closesAt !== undefined && now > closesAt) {
      return {
        kind: "windowClosed",
        startedAt: record.current.validFrom,
        minutes: changeWindowMinutes,
      };
    }
  }
  if (member.role === "manager" && !member.zones.includes(record.current.zoneName)) {
    return { kind: "notYourZone", zone: record.current.zoneName };
  }
  return undefined;
}
