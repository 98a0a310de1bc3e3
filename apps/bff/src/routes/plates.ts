import {
  type ActivePermitInZone,
  normalizePlate,
  type PlateChecks,
  plateChecksQuerySchema,
  plateSchema,
} from "@permit-desk/schema";
import { Hono } from "hono";
import type { Zones } from "../accounts/zones.ts";
import type { Clock } from "../clock.ts";
import type { Config } from "../config.ts";
import { firstProblem, sendError } from "../http/api-error.ts";
import { activeZonesOf, type StaffEnv, staffOf } from "../http/staff.ts";
import type { Journal } from "../journal/journal.ts";
import type { ActivePermit } from "../journal/journal-reads.ts";
import { permitStatusOf, referenceOf } from "../journal/permit-projection.ts";
import { toPermitSummary, zoneNamesOf } from "../journal/to-api.ts";
import { canSee } from "../permits/visibility.ts";

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
  return new Hono<StaffEnv>()
    .get("/:plate/active", async (c) => {
      const plate = plateSchema.safeParse(c.req.param("plate"));
      if (!plate.success)
        return sendError(c, 400, "bad_request", firstProblem(plate.error, "not_a_plate"));
      const at = clock();
      const { user } = staffOf(c);
      const permits = (await journal.activeForPlate(normalizePlate(plate.data), at)).filter(
        ({ entry }) => canSee(user, entry),
      );
      const zoneNames = zoneNamesOf(await deps.zones.list({ all: true }));
      return c.json({
        plate: plate.data,
        at: at.toISOString(),
        permits: permits.map(({ entry }) => toPermitSummary(entry, zoneNames)),
      });
    })
    .get("/:plate/checks", async (c) => {
      const plate = plateSchema.safeParse(c.req.param("plate"));
      if (!plate.success)
        return sendError(c, 400, "bad_request", firstProblem(plate.error, "not_a_plate"));
      const query = plateChecksQuerySchema.safeParse({ zone: c.req.query("zone") });
      if (!query.success)
        return sendError(c, 400, "bad_request", firstProblem(query.error, "not_a_zone"));
      const { zone } = query.data;
      const mayIssueIn = await activeZonesOf(staffOf(c).user, deps.zones);
      const chosen = mayIssueIn.find((own) => own.name === zone);
      if (zone !== undefined && chosen === undefined)
        return sendError(c, 403, "forbidden", { code: "zone_not_issuable", params: { zone } });

      const at = clock();
      const [active, similar] = await Promise.all([
        zone === undefined ? [] : journal.activeForPlate(plate.data, at),
        journal.similarPlates({
          plate: plate.data,
          zoneIds: mayIssueIn.map((own) => own.id),
          since: new Date(at.getTime() - deps.config.similarPlateDays * DAY_MS),
          limit: SIMILAR_PLATES_SHOWN,
        }),
      ]);
      const checks: PlateChecks = {
        plate: plate.data,
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
    });
}
