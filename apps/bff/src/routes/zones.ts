import { type ZoneRecord, zoneChangeSchema, zoneInputSchema } from "@permit-desk/schema";
import { type Context, Hono } from "hono";
import {
  problemOfRangeError,
  ZoneNameTakenError,
  ZoneNotFoundError,
} from "../accounts/account-errors.ts";
import type { Zone } from "../accounts/zone.ts";
import type { AppDeps } from "../app-deps.ts";
import { sendError } from "../http/api-error.ts";
import { jsonBody } from "../http/json-body.ts";
import { actorOfUser, requireAdmin, type StaffEnv, staffOf } from "../http/staff.ts";

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
  return new Hono<StaffEnv>()
    .get("/", async (c) => {
      const { user } = staffOf(c);
      if (user.role === "admin") {
        return c.json({ zones: (await zones.list({ all: true })).map(zoneRecordOf) });
      }
      return c.json({ zones: user.zones.filter((zone) => zone.active).map(zoneRecordOf) });
    })
    .post("/", requireAdmin(), async (c) => {
      const input = await jsonBody(c, zoneInputSchema);
      if (!input.ok) return input.response;
      const actor = actorOfUser(staffOf(c).user);
      try {
        let zone = await zones.create(input.data.name, actor);
        if (input.data.active === false)
          zone = await zones.update(zone.id, { active: false }, actor);
        return c.json(zoneRecordOf(zone), 201);
      } catch (error) {
        return zoneErrorAnswer(c, error);
      }
    })
    .patch("/:id", requireAdmin(), async (c) => {
      const input = await jsonBody(c, zoneChangeSchema);
      if (!input.ok) return input.response;
      try {
        const zone = await zones.update(
          c.req.param("id"),
          {
            ...(input.data.name !== undefined && { name: input.data.name }),
            ...(input.data.active !== undefined && { active: input.data.active }),
          },
          actorOfUser(staffOf(c).user),
        );
        return c.json(zoneRecordOf(zone));
      } catch (error) {
        return zoneErrorAnswer(c, error);
      }
    });
}
