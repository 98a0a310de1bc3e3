import { mayRecordFindings } from "@permit-desk/schema";
import type { JournalEntry } from "../journal/journal-entry.ts";
import type { JournalFilter } from "../journal/journal-filter.ts";
import type { User } from "../users/user.ts";

/**
 * The part of the journal a member may see: validators their own submissions, managers every
 * submission made in their zones or corrected into one (active or not), administrators all. The
 * journal's actor is the username, which never changes; a zone is its id, whatever it is called
 * now or was called then (decision 016).
 */
export function visibleTo(user: User): JournalFilter {
  if (user.role === "validator") return { actor: user.username };
  if (user.role === "manager") return { zoneIds: user.zones.map((zone) => zone.id) };
  return {};
}

type Seen = Pick<JournalEntry, "actor" | "zoneId"> & {
  current: Pick<JournalEntry["current"], "zoneId">;
};

export function canSee(user: User, entry: Seen): boolean {
  if (user.role === "validator") return entry.actor === user.username;
  if (user.role === "manager") {
    return user.zones.some((zone) => zone.id === entry.zoneId || zone.id === entry.current.zoneId);
  }
  return true;
}

/** Managers and administrators correct the record, of the permits they see; validators only issue. */
export function canReconcile(user: User, entry: Seen): boolean {
  return mayRecordFindings(user.role) && canSee(user, entry);
}
