import type { PermitSummary } from "@permit-desk/schema";
import type { Journal } from "../journal/journal.ts";
import type { JournalEntry } from "../journal/journal-entry.ts";
import { toPermitSummary, zoneNamesOf } from "../journal/to-api.ts";
import type { Users } from "../users/users.ts";
import type { Zones } from "../zones/zones.ts";
import { displayNamesOf } from "./display-names.ts";

type SummaryDeps = {
  journal: Pick<Journal, "changesByPermit">;
  users: Pick<Users, "list">;
  zones: Pick<Zones, "list">;
};

/**
 * Lines of the history, each with what its changes made of it (corrected, extended, voided by
 * whom) and its members and zone named as they are now: one read of the changes for them all.
 */
export async function permitSummariesOf(
  entries: readonly JournalEntry[],
  deps: SummaryDeps,
): Promise<PermitSummary[]> {
  const changed = entries.filter((entry) => entry.changeCount > 0).map((entry) => entry.id);
  const [changes, siteZones] = await Promise.all([
    deps.journal.changesByPermit(changed),
    deps.zones.list({ all: true }),
  ]);
  const members = entries.flatMap((entry) => [
    entry.actor,
    ...(changes.get(entry.id) ?? []).map((change) => change.actor),
  ]);
  const names = await displayNamesOf(deps.users, members);
  const zoneNames = zoneNamesOf(siteZones);
  return entries.map((entry) =>
    toPermitSummary(entry, { changes: changes.get(entry.id) ?? [], names, zoneNames }),
  );
}
