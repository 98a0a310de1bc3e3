import {
  type ChangeRefusal,
  changePermission,
  isSameWallDay,
  type PermitChangeRequest,
  type Problem,
  toWallTime,
  type ValidityBounds,
} from "@permit-desk/schema";
import type { JournalEntry } from "../journal/journal-entry.ts";
import type { User } from "../users/user.ts";

export type ChangeRules = {
  changeWindowMinutes: number;
  undoSeconds: number;
  siteTimeZone: string;
  validityBounds: ValidityBounds;
};

/** A request sent the moment the Undo button still showed arrives a little later than that. */
export const UNDO_GRACE_MS = 5_000;

/** "10:02" today, "2026-07-01 10:02" on another day, on the site's clock. */
function startAsSaid(start: Date, now: Date, timeZone: string): string {
  const wall = toWallTime(start, timeZone);
  return isSameWallDay(start, now, timeZone) ? wall.slice(11) : wall.replace("T", " ");
}

/** An undo: a void by the issuer within the undo window after OPSCOM confirmed the permit. */
function isUndo(entry: JournalEntry, request: PermitChangeRequest, now: Date, rules: ChangeRules) {
  if (request.action !== "void" || rules.undoSeconds === 0) return false;
  const issuedAt = (entry.completedAt ?? entry.createdAt).getTime();
  return now.getTime() <= issuedAt + rules.undoSeconds * 1_000 + UNDO_GRACE_MS;
}

/** A refusal as the member's browser words it; the start as the site's clock reads it. */
function refusalProblem(refusal: ChangeRefusal, now: Date, rules: ChangeRules): Problem {
  switch (refusal.code) {
    case "not_your_permit":
      return { code: "not_your_permit" };
    case "not_your_zone":
    case "zone_not_assigned":
      return { code: refusal.code, params: { zone: refusal.params.zone } };
    case "change_window_closed": {
      const { minutes, startedAt } = refusal.params;
      const start = startAsSaid(new Date(startedAt), now, rules.siteTimeZone);
      return { code: "change_window_closed", params: { minutes, start } };
    }
  }
}

/**
 * Why the member may not make this change, or undefined when they may, by the site's change
 * rules (`changePermission`). `memberZones` are the active zones the member may issue in.
 */
export function changeRefusal(
  user: User,
  entry: JournalEntry,
  request: PermitChangeRequest,
  context: { now: Date; memberZones: readonly string[]; rules: ChangeRules },
): Problem | undefined {
  const newZone = request.action === "update" ? request.changes.zone : undefined;
  const answer = changePermission({
    member: user,
    permit: {
      actor: entry.actor,
      validFromAsIssued: entry.validFrom.getTime(),
      validFromNow: entry.current.validFrom.getTime(),
      zone: entry.current.zone,
      inMemberZones: user.zones.some((zone) => zone.id === entry.current.zoneId),
    },
    changeWindowMinutes: context.rules.changeWindowMinutes,
    now: context.now.getTime(),
    undo: isUndo(entry, request, context.now, context.rules),
    newZone:
      newZone === undefined
        ? undefined
        : { name: newZone, assigned: context.memberZones.includes(newZone) },
  });
  return answer.allowed ? undefined : refusalProblem(answer, context.now, context.rules);
}
