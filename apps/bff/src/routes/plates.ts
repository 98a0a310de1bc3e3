import { normalizePlate, plateSchema } from "@permit-desk/schema";
import { Hono } from "hono";
import type { Clock } from "../clock.ts";
import { sendError } from "../http/api-error.ts";
import type { Journal } from "../journal/journal.ts";
import { toPermitSummary } from "../journal/to-api.ts";

export function plateRoutes(journal: Journal, clock: Clock) {
  return new Hono().get("/:plate/active", async (c) => {
    const plate = plateSchema.safeParse(c.req.param("plate"));
    if (!plate.success)
      return sendError(c, 400, "bad_request", plate.error.issues[0]?.message ?? "Not a plate.");
    const at = clock();
    const permits = await journal.activeForPlate(normalizePlate(plate.data), at);
    return c.json({
      plate: plate.data,
      at: at.toISOString(),
      permits: permits.map(toPermitSummary),
    });
  });
}
