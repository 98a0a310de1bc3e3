import { normalizePlate, plateSchema } from "@permit-desk/schema";
import { Hono } from "hono";
import type { Clock } from "../clock.ts";
import { sendError } from "../http/api-error.ts";
import { type StaffEnv, staffOf } from "../http/staff.ts";
import type { Journal } from "../journal/journal.ts";
import { toPermitSummary } from "../journal/to-api.ts";
import { canSee } from "../permits/visibility.ts";

export function plateRoutes(journal: Journal, clock: Clock) {
  return new Hono<StaffEnv>().get("/:plate/active", async (c) => {
    const plate = plateSchema.safeParse(c.req.param("plate"));
    if (!plate.success)
      return sendError(c, 400, "bad_request", plate.error.issues[0]?.message ?? "Not a plate.");
    const at = clock();
    const { user } = staffOf(c);
    const permits = (await journal.activeForPlate(normalizePlate(plate.data), at)).filter((entry) =>
      canSee(user, entry),
    );
    return c.json({
      plate: plate.data,
      at: at.toISOString(),
      permits: permits.map(toPermitSummary),
    });
  });
}
