import {
  changeableStanding,
  changePermission,
  type PermitRecord,
  changeWindowClosesAt as ruleWindowClosesAt,
  type StaffMember,
  type StandingRefusal,
} from "@permit-desk/schema";

/**
 * Why the member cannot correct, extend or void a permit now, as far as the page can tell. The
 * BFF still judges every change; this only spares staff a form it would refuse.
 */
export type ChangeBlock =
  | { kind: keyof typeof BLOCK_CODES }
  | { kind: "notYourZone"; zone: string }
  | { kind: "windowClosed"; startedAt: string; minutes: number };

type BlockRecord = Pick<
  PermitRecord,
  "actor" | "state" | "reconciliations" | "validFrom" | "current" | "changes"
>;
type BlockMember = Pick<StaffMember, "username" | "role"> & { zones: readonly string[] };

/** When a validator's window to change their permit closes (the BFF's rule, `changeWindowClosesAt`). */
export function changeWindowClosesAt(
  record: Pick<PermitRecord, "validFrom" | "current">,
  member: Pick<StaffMember, "role">,
  changeWindowMinutes: number,
): number | undefined {
  return ruleWindowClosesAt(startsOf(record), member.role, changeWindowMinutes);
}

function startsOf(record: Pick<PermitRecord, "validFrom" | "current">) {
  return {
    validFromAsIssued: Date.parse(record.validFrom),
    validFromNow: Date.parse(record.current.validFrom),
  };
}

/** The BFF's own refusal of each block that names nothing but itself. */
export const BLOCK_CODES = {
  voided: "permit_voided",
  pending: "permit_pending",
  notIssued: "permit_not_issued",
  unconfirmed: "permit_unconfirmed",
  changeInFlight: "change_in_flight",
  changeUnconfirmed: "change_unconfirmed",
  notYours: "not_your_permit",
} as const satisfies Record<string, StandingRefusal["code"] | "not_your_permit">;
const BLOCK_KINDS = Object.keys(BLOCK_CODES) as (keyof typeof BLOCK_CODES)[];
/** Compiles only while every refusal of the permit's standing has its block above. */
type Unblocked = Exclude<StandingRefusal["code"], (typeof BLOCK_CODES)[keyof typeof BLOCK_CODES]>;
type Holds<T extends true> = T;
export type EveryRefusalBlocks = Holds<[Unblocked] extends [never] ? true : false>;

function stateBlock(record: BlockRecord): ChangeBlock | undefined {
  // Where each change stands once staff's latest finding, if any, is counted over OPSCOM's answer.
  const settled = record.changes.map((change) => change.finding ?? change.state);
  const standing = changeableStanding({
    state: record.state,
    hasFinding: record.reconciliations.length > 0,
    made: record.current.status !== "not_issued",
    voided: record.current.status === "voided",
    unsettledChange: settled.includes("pending")
      ? "pending"
      : settled.includes("unknown")
        ? "unknown"
        : undefined,
  });
  if (standing.allowed) return undefined;
  const kind = BLOCK_KINDS.find((each) => BLOCK_CODES[each] === standing.code);
  return kind && { kind };
}

/**
 * The BFF's rules as the page can apply them, the very rules the BFF refuses by: whether the
 * permit can change as it stands (`changeableStanding`), then who may change it (`changePermission`).
 */
export function changeBlock(
  record: BlockRecord,
  member: BlockMember,
  changeWindowMinutes: number,
  now: number,
): ChangeBlock | undefined {
  const byState = stateBlock(record);
  if (byState !== undefined) return byState;
  const answer = changePermission({
    member,
    permit: {
      ...startsOf(record),
      actor: record.actor,
      zone: record.current.zoneName,
      inMemberZones: member.zones.includes(record.current.zoneName),
    },
    changeWindowMinutes,
    now,
  });
  if (answer.allowed || answer.code === "zone_not_assigned") return undefined;
  if (answer.code === "not_your_permit") return { kind: "notYours" };
  if (answer.code === "not_your_zone") return { kind: "notYourZone", zone: answer.params.zone };
  const { startedAt, minutes } = answer.params;
  return { kind: "windowClosed", startedAt: new Date(startedAt).toISOString(), minutes };
}
