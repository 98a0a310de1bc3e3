import { type SimulatorServer, startSimulatorServer } from "@permit-desk/opscom-simulator";
import { apiErrorSchema, dayFiguresSchema, opscomCountsSchema } from "@permit-desk/schema";
import { afterEach, describe, expect, it } from "vitest";
import type { DatabaseDialect } from "../db/database.ts";
import { testDialects } from "../db/test-databases.ts";
import { manualClock } from "../testing/manual-clock.ts";
import { postPermit, TEST_TOKEN, testApp, validDraft } from "../testing/test-app.ts";

let simulators: SimulatorServer[] = [];
afterEach(async () => {
  await Promise.all(simulators.map((simulator) => simulator.close()));
  simulators = [];
});

/**
 * A seeded day, 2 July 2026 in Toronto (UTC−4): at 09:xx three permits in Lot 4 (one refused by
 * OPSCOM, 9033), at 14:xx one in Lot 5 and one whose answer is lost; at 23:30 one more in Lot 4;
 * and the next day's first permit, which the day leaves out.
 */
async function seededDay(dialect: DatabaseDialect) {
  const opscom = await startSimulatorServer({ port: 0, tokens: [TEST_TOKEN] });
  simulators.push(opscom);
  const time = manualClock("2026-07-02T13:05:00Z");
  const context = await testApp({
    baseUrl: opscom.url,
    dialect,
    clock: time.clock,
    // The day is seeded over a day and a half of the manual clock.
    env: { SESSION_IDLE_MINUTES: "1440", SESSION_MAX_HOURS: "168" },
  });
  const manager = context.as(
    await context.staffCookie({
      role: "manager",
      zones: ["Lot 4"],
      username: "maria",
      displayName: "Maria Gomez",
    }),
  );
  const issue = async (
    at: string,
    client: typeof manager,
    change: Partial<typeof validDraft>,
    status: number,
  ) => {
    time.set(at);
    expect((await postPermit(client, { ...validDraft, ...change })).status).toBe(status);
  };
  await issue("2026-07-02T13:05:00Z", manager, { plate: "DAY1" }, 201);
  await issue("2026-07-02T13:40:00Z", context.app, { plate: "DAY2", amount: "3.25" }, 201);
  opscom.simulator.setBehaviour({ mode: "reject", errorCode: 9033, times: 1 });
  await issue("2026-07-02T13:50:00Z", manager, { plate: "DAY3" }, 422);
  await issue(
    "2026-07-02T18:30:00Z",
    context.app,
    { plate: "DAY4", zone: "Lot 5", amount: "" },
    201,
  );
  opscom.simulator.setBehaviour({ mode: "hang", createsPermit: false, times: 1, routes: ["push"] });
  await issue("2026-07-02T18:45:00Z", context.app, { plate: "DAY5", zone: "Lot 5" }, 504);
  await issue("2026-07-03T03:30:00Z", manager, { plate: "DAY6" }, 201);
  await issue("2026-07-03T04:10:00Z", manager, { plate: "NEXTDAY" }, 201);
  time.set("2026-07-03T15:00:00Z");
  return { ...context, manager, opscom };
}

describe.each(testDialects())("the day at a glance (%s)", (dialect) => {
  it("counts what the journal holds for the day, site time, by hour, zone and member", async () => {
    const { app } = await seededDay(dialect);
    const response = await app.request("/api/day?date=2026-07-02");
    expect(response.status).toBe(200);
    const day = dayFiguresSchema.parse(await response.json());
    expect(day.timeZone).toBe("America/Toronto");
    expect(day.byHour).toHaveLength(24);
    expect(day.byHour.filter((hour) => hour.issued > 0)).toEqual([
      { hour: "09:00", issued: 2 },
      { hour: "14:00", issued: 1 },
      { hour: "23:00", issued: 1 },
    ]);
    expect(day.byZone).toEqual([
      { zone: "Lot 4", issued: 3 },
      { zone: "Lot 5", issued: 1 },
    ]);
    expect(day.byMember).toEqual([
      { member: "desk.admin", issued: 2 },
      { member: "Maria Gomez", issued: 2 },
    ]);
    expect(day.amounts).toEqual([{ currency: "CAD", amount: "32.25" }]);
    expect(day.refused).toEqual([{ opscomErrorCode: 9033, count: 1 }]);
    expect(day.awaitingFinding).toBe(1);
    expect(day.busiestHour).toBe("09:00");
  });

  it("counts for a manager only the permits of their zones", async () => {
    const { manager } = await seededDay(dialect);
    const day = dayFiguresSchema.parse(
      await (await manager.request("/api/day?date=2026-07-02")).json(),
    );
    expect(day.byZone).toEqual([{ zone: "Lot 4", issued: 3 }]);
    expect(day.amounts).toEqual([{ currency: "CAD", amount: "32.25" }]);
    expect(day.awaitingFinding).toBe(0);
  });

  it("marks a zone where OPSCOM holds a permit the journal does not", async () => {
    const { app, opscom, config } = await seededDay(dialect);
    const agree = opscomCountsSchema.parse(
      await (await app.request("/api/day/opscom-counts")).json(),
    );
    expect(agree.answered).toBe(true);
    expect(agree.zones).toEqual([
      { zone: "Lot 4", journal: 4, unconfirmed: 0, opscom: 4, differs: false },
      { zone: "Lot 5", journal: 1, unconfirmed: 1, opscom: 1, differs: false },
    ]);

    // A permit made in OPSCOM by someone else, not through Permit Desk.
    const pushed = await fetch(`${opscom.url}/api/${config.opscom.clientCode}/v1/permits/push`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        apiToken: TEST_TOKEN,
        LicencePlate: "EXTRA1",
        zone: "Lot 5",
        startTime: "2026-07-03T10:00:00",
        endTime: "2026-07-03T12:00:00",
      }),
    });
    expect(pushed.status).toBe(200);
    const differ = opscomCountsSchema.parse(
      await (await app.request("/api/day/opscom-counts")).json(),
    );
    expect(differ.zones).toEqual([
      { zone: "Lot 4", journal: 4, unconfirmed: 0, opscom: 4, differs: false },
      { zone: "Lot 5", journal: 1, unconfirmed: 1, opscom: 2, differs: true },
    ]);

    opscom.simulator.setBehaviour({ mode: "html500", routes: ["stats"] });
    const failed = opscomCountsSchema.parse(
      await (await app.request("/api/day/opscom-counts")).json(),
    );
    expect(failed.answered).toBe(false);
    expect(failed.zones.every((zone) => zone.opscom === undefined && !zone.differs)).toBe(true);
  });
});

describe("the day asked for", () => {
  it("is refused, day_not_a_date at its field, when the calendar has no such day, or its next day is past year 9999", async () => {
    const opscom = await startSimulatorServer({ port: 0, tokens: [TEST_TOKEN] });
    simulators.push(opscom);
    const { app } = await testApp({ baseUrl: opscom.url });
    for (const date of ["2026-02-30", "2026-13-45", "2026-00-10", "9999-12-31", "0000-01-01"]) {
      const response = await app.request(`/api/day?date=${date}`);
      expect(response.status, date).toBe(400);
      const { error } = apiErrorSchema.parse(await response.json());
      expect(error.fieldErrors?.date, date).toEqual([{ code: "day_not_a_date" }]);
    }
    for (const date of ["2028-02-29", "1970-01-01", "9998-12-31"]) {
      const response = await app.request(`/api/day?date=${date}`);
      expect(response.status, date).toBe(200);
      expect(dayFiguresSchema.parse(await response.json()).date).toBe(date);
    }
  });
});
