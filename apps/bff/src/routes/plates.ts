import { type ActivePermitInZone, normalizePlate, type PlateChecks } from "@permit-desk/schema";
import * as plateEndpoints from "@permit-desk/schema/endpoints/plates";
import type { Clock } from "../clock.ts";
import type { Config } from "../config.ts";
import { sendError } from "../http/api-error.ts";
import { routesOf } from "../http/endpoint-routes.ts";
import { activeZonesOf, staffOf } from "../http/staff.ts";
import type { Journal } from "../journal/journal.ts";
import type { ActivePermit } from "../journal/journal-reads.ts";
import { permitStatusOf, referenceOf } from "../journal/permit-projection.ts";
import { zoneNamesOf } from "../journal/to-api.ts";
import { canSee } from "../permits/visibility.ts";
import type { User } from "../users/user.ts";
import type { Zones } from "../zones/zones.ts";

const DAY_MS = 24 * 3_600_000;
const SIMILAR_PLATES_SHOWN = 5;

type PlateDeps = {
  journal: Journal;
  clock: Clock;
  zones: Zones;
  config: Pick<Config, "similarPlateDays">;
};

/**
 * What anyone issuing in the zone may know of a permit there: not who issued it, nor the amount.
 * The validity is the one that makes it valid now, a change OPSCOM has not confirmed included.
 */
function activeInZoneOf({ entry, facts }: ActivePermit): ActivePermitInZone {
  const referenceId = referenceOf(entry);
  return {
    ...(referenceId !== undefined && { referenceId }),
    validFrom: facts.validFrom.toISOString(),
    validUntil: facts.validUntil.toISOString(),
    state: entry.state,
    status: permitStatusOf(entry),
  };
}

export function plateRoutes(deps: PlateDeps) {
  const { journal, clock } = deps;

  /**
   * The one rule both the issue form's warning and the history's check answer by: permits valid
   * now for the plate in a zone the member may issue in, whoever issued them, and any other the
   * member may see.
   */
  async function activeFor(user: User, plate: string, at: Date) {
    const mayIssueIn = await activeZonesOf(user, deps.zones);
    const active = (await journal.activeForPlate(normalizePlate(plate), at)).filter(
      ({ entry, facts }) =>
        mayIssueIn.some((zone) => zone.id === facts.zoneId) || canSee(user, entry),
    );
    return { mayIssueIn, active };
  }

  return routesOf(plateEndpoints, {
    getActivePermits: async (c, { params: { plate } }) => {
      const at = clock();
      const { user } = staffOf(c);
      const [{ active }, siteZones] = await Promise.all([
        activeFor(user, plate, at),
        deps.zones.list({ all: true }),
      ]);
      const zoneNames = zoneNamesOf(siteZones);
      return c.json({
        plate,
        at: at.toISOString(),
        permits: active.map((permit) => ({
          ...activeInZoneOf(permit),
          zone: zoneNames.get(permit.facts.zoneId) ?? permit.facts.zone,
          ...(canSee(user, permit.entry) && { id: permit.entry.id }),
        })),
      });
    },
    getPlateChecks: async (c, { params: { plate }, query: { zone } }) => {
      const at = clock();
      const { mayIssueIn, active } = await activeFor(staffOf(c).user, plate, at);
      const chosen = mayIssueIn.find((own) => own.name === zone);
      if (zone !== undefined && chosen === undefined)
        return sendError(c, 403, "forbidden", { code: "zone_not_issuable", params: { zone } });

      const similar = await journal.similarPlates({
        plate: plate,
        zoneIds: mayIssueIn.map((own) => own.id),
        since: new Date(at.getTime() - deps.config.similarPlateDays * DAY_MS),
        limit: SIMILAR_PLATES_SHOWN,
      });
      const checks: PlateChecks = {
        plate: plate,
        ...(zone !== undefined && { zone }),
        at: at.toISOString(),
        activeInZone: active.filter(({ facts }) => facts.zoneId === chosen?.id).map(activeInZoneOf),
        // The zone as it is called now: the one the clerk would pick to issue again.
        similar: similar.map((found) => ({
          plate: found.plate,
          lastIssuedAt: found.lastIssuedAt.toISOString(),
          zone: mayIssueIn.find((own) => own.id === found.zoneId)?.name ?? found.zone,
        })),
      };
      return c.json(checks);
    },
  });
}
