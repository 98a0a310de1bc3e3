import { type PermitChangeRequest, toWallTime, type ValidityBounds } from "@permit-desk/schema";
import type { User } from "../accounts/user.ts";
import type { JournalEntry } from "../journal/journal-entry.ts";

export type ChangeRules = {
  changeWindowMinutes: number;
  undoSeconds: number;
  siteTimeZone: string;
  validityBounds: ValidityBounds;
};

/** A request sent the moment the Undo button still showed arrives a little later than that. */
export const UNDO_GRACE_MS = 5_000;

const MINUTE_MS = 60_000;

/** "10:02" today, "2026-07-01 10:02" on another day, on the site's clock. */
function startAsSaid(start: Date, now: Date, timeZone: string): string {
  const wall = toWallTime(start, timeZone);
  const sameDay = wall.slice(0, 10) === toWallTime(now, timeZone).slice(0, 10);
  return sameDay ? wall.slice(11) : wall.replace("T", " ");
}

/** An undo: a void by the issuer within the undo window after OPSCOM confirmed the permit. */
function isUndo(entry: JournalEntry, request: PermitChangeRequest, now: Date, rules: ChangeRules) {
  if (request.action !== "void" || rules.undoSeconds === 0) return false;
  const issuedAt = (entry.completedAt ?? entry.createdAt).getTime();
  return now.getTime() <= issuedAt + rules.undoSeconds * 1_000 + UNDO_GRACE_MS;
}

/**
 * The window counts from the earlier of the start as issued and as it is now: moving a permit's
 * start later must not reopen, or stretch, the issuer's own window to change it.
 */
function windowRefusal(entry: JournalEntry, now: Date, rules: ChangeRules): string | undefined {
  const start = new Date(Math.min(entry.validFrom.getTime(), entry.current.validFrom.getTime()));
  if (now.getTime() <= start.getTime() + rules.changeWindowMinutes * MINUTE_MS) return undefined;
  const minutes = rules.changeWindowMinutes;
  return `You can change your own permits until ${minutes} ${minutes === 1 ? "minute" : "minutes"} after they start; this one started at ${startAsSaid(start, now, rules.siteTimeZone)}. Ask a manager.`;
}

/**
 * Why the member may not make this change, or undefined when they may. Validators change only
 * the permits they issued, until the window after the (earliest) start closes (an undo right after issuing
 * always), and only into zones of theirs; managers any permit in their zones, into zones of
 * theirs; administrators any. `memberZones` are the active zones the member may issue in.
 */
export function changeRefusal(
  user: User,
  entry: JournalEntry,
  request: PermitChangeRequest,
  context: { now: Date; memberZones: readonly string[]; rules: ChangeRules },
): string | undefined {
  if (user.role === "admin") return undefined;
  const newZone = request.action === "update" ? request.changes.zone : undefined;
  if (user.role === "validator") {
    if (entry.actor !== user.username) return "You can change only the permits you issued.";
    if (!isUndo(entry, request, context.now, context.rules)) {
      const refusal = windowRefusal(entry, context.now, context.rules);
      if (refusal !== undefined) return refusal;
    }
  } else if (!user.zones.some((zone) => zone.id === entry.current.zoneId)) {
    return `You can change permits only in your own zones, and this one is in ${entry.current.zone}.`;
  }
  if (newZone !== undefined && !context.memberZones.includes(newZone)) {
    return `You are not assigned to issue permits in ${newZone}.`;
  }
  return undefined;
}
