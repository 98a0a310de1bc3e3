import type { Role } from "./accounts.ts";
import type { PermitState } from "./journal-api.ts";

const MINUTE_MS = 60_000;

/** Why a member may not correct, extend or void a permit, with what its message needs. */
export type ChangeRefusal =
  | { code: "not_your_permit"; params: Record<string, never> }
  | { code: "not_your_zone"; params: { zone: string } }
  | {
      code: "change_window_closed";
      /** `startedAt` is the start the window counts from; `closedAt` when it closed (epoch ms). */
      params: { startedAt: number; closedAt: number; minutes: number };
    }
  | { code: "zone_not_assigned"; params: { zone: string } };

export type RuleAnswer<Refusal> = { allowed: true } | ({ allowed: false } & Refusal);

/** Why a permit cannot be changed as it stands, whoever asks. */
export type StandingRefusal = {
  code:
    | "permit_pending"
    | "permit_unconfirmed"
    | "permit_not_issued"
    | "permit_voided"
    | "change_in_flight"
    | "change_unconfirmed";
  params: Record<string, never>;
};

/** Where a permit stands, as far as changing it goes. */
export type PermitStanding = {
  /** What OPSCOM answered to its submission, and whether staff recorded a finding since. */
  state: PermitState;
  hasFinding: boolean;
  /** Whether OPSCOM made it (a reference is known, from its answer or from a finding). */
  made: boolean;
  voided: boolean;
  /** Its last change, when OPSCOM has not settled it nor staff recorded a finding. */
  unsettledChange: "pending" | "unknown" | undefined;
};

/**
 * Whether a permit can change as it stands: not while it or a change of it is on its way to
 * OPSCOM or unconfirmed without a finding, never once voided or when OPSCOM never made it.
 */
export function changeableStanding(permit: PermitStanding): RuleAnswer<StandingRefusal> {
  const refuseFor = (code: StandingRefusal["code"]) =>
    ({ allowed: false, code, params: {} }) as const;
  if (permit.state === "pending") return refuseFor("permit_pending");
  if (permit.state === "unknown" && !permit.hasFinding) return refuseFor("permit_unconfirmed");
  if (!permit.made) return refuseFor("permit_not_issued");
  if (permit.voided) return refuseFor("permit_voided");
  if (permit.unsettledChange === "pending") return refuseFor("change_in_flight");
  if (permit.unsettledChange === "unknown") return refuseFor("change_unconfirmed");
  return { allowed: true };
}

/** A permit as the change rules see it; instants as epoch milliseconds. */
export type ChangeSubject = {
  /** Who issued it (a username, which never changes). */
  actor: string;
  /** Its start as issued, and as its changes have made it since. */
  validFromAsIssued: number;
  validFromNow: number;
  /** Its zone's name now, for the message, and whether the member holds that zone. */
  zone: string;
  inMemberZones: boolean;
};

export type ChangeAsk = {
  member: { username: string; role: Role };
  permit: ChangeSubject;
  changeWindowMinutes: number;
  now: number;
  /** A void by its issuer within the undo window after OPSCOM confirmed it: never refused by the window. */
  undo?: boolean;
  /** The zone a correction moves the permit into, and whether the member may issue there. */
  newZone?: { name: string; assigned: boolean };
};

/**
 * Where a validator's window to change their own permit starts: the earlier of the start as issued
 * and as it is now, so that moving a permit's start later neither reopens nor stretches it.
 */
function changeWindowStart(permit: Pick<ChangeSubject, "validFromAsIssued" | "validFromNow">) {
  return Math.min(permit.validFromAsIssued, permit.validFromNow);
}

/** When a validator's window to change their own permit closes; none for managers and admins. */
export function changeWindowClosesAt(
  permit: Pick<ChangeSubject, "validFromAsIssued" | "validFromNow">,
  role: Role,
  changeWindowMinutes: number,
): number | undefined {
  if (role !== "validator") return undefined;
  return changeWindowStart(permit) + changeWindowMinutes * MINUTE_MS;
}

const refuse = (refusal: ChangeRefusal): RuleAnswer<ChangeRefusal> => ({
  allowed: false,
  ...refusal,
});

/**
 * Who may change a permit: validators only the permits they issued, until the window after the
 * (earliest) start closes (an undo right after issuing always), managers those in their zones,
 * administrators any; a correction moves a permit only into a zone the member issues in
 * (administrators excepted). The permit's own state (voided, unsettled) is judged apart.
 */
export function changePermission(ask: ChangeAsk): RuleAnswer<ChangeRefusal> {
  const { member, permit } = ask;
  if (member.role === "admin") return { allowed: true };
  if (member.role === "validator") {
    if (permit.actor !== member.username) return refuse({ code: "not_your_permit", params: {} });
    const closedAt = changeWindowClosesAt(permit, member.role, ask.changeWindowMinutes);
    if (ask.undo !== true && closedAt !== undefined && ask.now > closedAt) {
      return refuse({
        code: "change_window_closed",
        params: {
          startedAt: changeWindowStart(permit),
          closedAt,
          minutes: ask.changeWindowMinutes,
        },
      });
    }
  } else if (!permit.inMemberZones) {
    return refuse({ code: "not_your_zone", params: { zone: permit.zone } });
  }
  if (ask.newZone !== undefined && !ask.newZone.assigned) {
    return refuse({ code: "zone_not_assigned", params: { zone: ask.newZone.name } });
  }
  return { allowed: true };
}

/** Managers and administrators record what they found in OPSCOM; validators ask one of them. */
export function mayRecordFindings(role: Role): boolean {
  return role !== "validator";
}
