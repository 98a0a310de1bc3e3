import type { ZoneRecord } from "@permit-desk/schema";
import * as zoneEndpoints from "@permit-desk/schema/endpoints/zones";
import type { Context } from "hono";
import type { AppDeps } from "../app-deps.ts";
import { sendError } from "../http/api-error.ts";
import { routesOf } from "../http/endpoint-routes.ts";
import { actorOfUser, staffOf } from "../http/staff.ts";
import { problemOfRangeError } from "../invalid-value.ts";
import type { Zone } from "../zones/zone.ts";
import { ZoneNameTakenError, ZoneNotFoundError } from "../zones/zone-errors.ts";

const zoneRecordOf = (zone: Zone): ZoneRecord => ({
  id: zone.id,
  name: zone.name,
  active: zone.active,
});

function zoneErrorAnswer(c: Context, error: unknown): Response {
  if (error instanceof ZoneNotFoundError)
    return sendError(c, 404, "not_found", { code: "zone_not_found" });
  if (error instanceof ZoneNameTakenError) return sendError(c, 409, "conflict", error.problem);
  if (error instanceof RangeError)
    return sendError(c, 422, "validation", problemOfRangeError(error));
  throw error;
}

export function zoneRoutes(deps: AppDeps) {
  const { zones } = deps;
  return routesOf(zoneEndpoints, {
    listZones: async (c) => {
      const { user } = staffOf(c);
      if (user.role === "admin") {
        return c.json({ zones: (await zones.list({ all: true })).map(zoneRecordOf) });
      }
      return c.json({ zones: user.zones.filter((zone) => zone.active).map(zoneRecordOf) });
    },
    addZone: async (c, { body: input }) => {
      const actor = actorOfUser(staffOf(c).user);
      try {
        let zone = await zones.create(input.name, actor);
        if (input.active === false) zone = await zones.update(zone.id, { active: false }, actor);
        return c.json(zoneRecordOf(zone), 201);
      } catch (error) {
        return zoneErrorAnswer(c, error);
      }
    },
    changeZone: async (c, { params: { id }, body: input }) => {
      try {
        const zone = await zones.update(
          id,
          {
            ...(input.name !== undefined && { name: input.name }),
            ...(input.active !== undefined && { active: input.active }),
          },
          actorOfUser(staffOf(c).user),
        );
        return c.json(zoneRecordOf(zone));
      } catch (error) {
        return zoneErrorAnswer(c, error);
      }
    },
  });
}
