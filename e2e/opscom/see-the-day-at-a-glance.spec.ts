import { addCalendarDays, dayFiguresSchema } from "@permit-desk/schema";
import { type APIRequestContext, expect, type Locator, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe.ts";
import { issuePermitThroughApi, uniquePlate } from "../support/history.ts";
import { E2E_PORTS, E2E_TOKEN, SIMULATOR_URL } from "../support/ports.ts";
import { resetSimulator } from "../support/simulator.ts";
import { SIGNED_OUT, STAFF_PASSWORD, uniqueUsername } from "../support/staff.ts";

const LIVE = `http://127.0.0.1:${E2E_PORTS.live}`;

test.beforeEach(async ({ request }) => {
  await resetSimulator(request);
});

async function createZone(request: APIRequestContext, prefix: string): Promise<string> {
  const zone = `${prefix} ${Date.now().toString(36)}`;
  const created = await request.post("/api/zones", { data: { name: zone } });
  expect(created.status(), await created.text()).toBe(201);
  return zone;
}

async function createMember(request: APIRequestContext, role: string, zone: string) {
  const username = uniqueUsername(role);
  const created = await request.post("/api/users", {
    data: { username, displayName: `Day ${role}`, role, zones: [zone], password: STAFF_PASSWORD },
  });
  expect(created.status(), await created.text()).toBe(201);
  return { username, password: STAFF_PASSWORD };
}

/** A permit put into OPSCOM by its own Push API, as another system would: the journal never sees it. */
async function pushStraightToOpscom(request: APIRequestContext, zone: string) {
  const start = new Date();
  const wire = (date: Date) => date.toISOString().slice(0, 19);
  const response = await request.post(`${SIMULATOR_URL}/api/OC-TOMA/v1/permits/push`, {
    data: {
      apiToken: E2E_TOKEN,
      LicencePlate: uniquePlate("ELSE"),
      ParkingZoneName: zone,
      StartDateUtc: wire(start),
      EndDateUtc: wire(new Date(start.getTime() + 3_600_000)),
    },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** Each row of a table as its cells' text: the row's header, then its numbers. */
async function tableRows(table: Locator): Promise<string[][]> {
  return table
    .locator("tbody tr")
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll("th, td")].map((cell) => (cell.textContent ?? "").trim()),
      ),
    );
}

async function signInAt(page: Page, credentials: { username: string; password: string }) {
  await page.goto("/");
  await page.getByLabel("Username").fill(credentials.username);
  await page.getByLabel("Password").fill(credentials.password);
  await page.getByLabel("Password").press("Enter");
}

test("A zone where OPSCOM holds a permit the journal does not is marked with what to look at, and the day's tables carry the journal's numbers, in both languages", async ({
  page,
  request,
}) => {
  test.slow();
  const zone = await createZone(request, "Day");
  for (const plate of [uniquePlate("DAYA"), uniquePlate("DAYB")])
    await issuePermitThroughApi(request, { plate, zone });
  await pushStraightToOpscom(request, zone);
  const journal = dayFiguresSchema.parse(await (await request.get("/api/day")).json());

  await page.goto("/today");
  await expect(page.getByRole("heading", { level: 1, name: "The day at a glance" })).toBeVisible();
  const chart = page.getByRole("img", { name: /Bar chart of the permits issued/ });
  await expect(chart).toBeVisible();
  // The chart's hour labels are read on a wide screen; on a phone's the table gives the hours.
  await expect(chart.getByText("12:00", { exact: true })).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(chart.getByText("12:00", { exact: true })).toBeHidden();
  await page.setViewportSize({ width: 1366, height: 768 });

  const byZone = page.getByRole("table", { name: "By zone" });
  await expect(byZone.getByRole("row", { name: zone })).toContainText("2");
  expect(await tableRows(byZone)).toEqual(
    journal.byZone.map((row) => [row.zone, String(row.issued)]),
  );
  const byHour = page.getByRole("table", { name: "Permits issued by hour" });
  expect(await tableRows(byHour)).toEqual(
    journal.byHour.map((row) => [row.hour, String(row.issued)]),
  );
  expect(await tableRows(page.getByRole("table", { name: "By member" }))).toEqual(
    journal.byMember.map((row) => [row.member, String(row.issued)]),
  );

  const checked = page.getByRole("table", { name: "Checked against OPSCOM" });
  const row = checked.getByRole("row", { name: new RegExp(`^${zone}`) });
  await expect(row.getByRole("rowheader")).toHaveText(`${zone}⚠ Differs`);
  await expect(row.getByRole("cell")).toHaveText(["2", "3", "0"]);
  await expect(page.getByRole("listitem").filter({ hasText: zone })).toHaveText(
    `${zone}: OPSCOM holds 1 permit more than the journal: look for permits issued outside Permit Desk, or a void that did not reach OPSCOM.`,
  );
  await expectNoAxeViolations(page);

  // Any day may be chosen, and stays in the address; the day before holds none of these permits.
  await page.getByRole("link", { name: "Previous day" }).click();
  await expect(page).toHaveURL(new RegExp(`/today\\?date=${addCalendarDays(journal.date, -1)}$`));
  const dayBefore = new Intl.DateTimeFormat("en-CA", { dateStyle: "full", timeZone: "UTC" }).format(
    new Date(`${addCalendarDays(journal.date, -1)}T00:00Z`),
  );
  await expect(page.getByText(dayBefore, { exact: true })).toBeVisible();
  await expect(byZone.getByRole("row", { name: zone })).toHaveCount(0);
  // Typed year first, as everywhere in Permit Desk, whatever the browser's language.
  await page.getByLabel("Day", { exact: true }).fill(journal.date.replaceAll("-", "/"));
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(new RegExp(`/today\\?date=${journal.date}$`));
  await expect(byZone.getByRole("row", { name: zone })).toContainText("2");

  await page
    .getByRole("group", { name: "Language" })
    .getByRole("button", { name: "Français" })
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: "La journée en un coup d'œil" }),
  ).toBeVisible();
  await expect(
    page
      .getByRole("table", { name: "Vérifié auprès d'OPSCOM" })
      .getByRole("row", { name: new RegExp(`^${zone}`) }),
  ).toContainText("Diffère");
  await expect(page.getByRole("listitem").filter({ hasText: zone })).toContainText(
    "OPSCOM détient 1 permis de plus que le journal",
  );
  await expectNoAxeViolations(page);
  await page
    .getByRole("group", { name: "Langue" })
    .getByRole("button", { name: "English" })
    .click();
});

test("When OPSCOM does not give its counts, the page says so plainly and still shows the journal's", async ({
  page,
  request,
}) => {
  await request.post(`${SIMULATOR_URL}/__simulator/behaviour`, {
    data: { mode: "html500", routes: ["stats"], times: 1 },
  });
  await page.goto("/today");
  const alert = page.getByRole("alert").filter({ hasText: "OPSCOM did not give its counts" });
  await expect(alert).toContainText("Only the journal's counts are shown.");
  await expect(page.getByRole("table", { name: "Checked against OPSCOM" })).toContainText(
    "Not counted",
  );
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(alert).toHaveCount(0);
});

test("An address naming no day says so at the day's entry, and the day typed there is shown", async ({
  page,
}) => {
  const entry = page.getByLabel("Day", { exact: true });
  for (const [address, why] of [
    ["garbage", "Write the date year first, as 2026-12-06."],
    ["2026-02-30", "There is no such day in the calendar: check the month and the day."],
  ] as const) {
    await page.goto(`/today?date=${address}`);
    await expect(
      page.getByRole("heading", { level: 1, name: "The day at a glance" }),
    ).toBeVisible();
    await expect(page.getByText(why)).toBeVisible();
    await expect(entry).toHaveValue(address);
    await expect(page.getByRole("link", { name: "Previous day" })).toHaveCount(0);
    await expect(page.getByRole("alert").filter({ hasText: "could not be loaded" })).toHaveCount(0);
  }
  await entry.fill("2026-02-28");
  await entry.press("Enter");
  await expect(page).toHaveURL(/\/today\?date=2026-02-28$/);
  await expect(page.getByText("Saturday, February 28, 2026")).toBeVisible();
  await expect(page.getByRole("link", { name: "Previous day" })).toHaveAttribute(
    "href",
    "/today?date=2026-02-27",
  );
});

test("A manager who signs in lands on the day at a glance, with the Issue page a click away; a validator keeps the form and cannot reach the day", async ({
  browser,
  request,
}) => {
  const zone = await createZone(request, "Desk");
  const context = await browser.newContext({ baseURL: LIVE, storageState: SIGNED_OUT });
  const manager = await context.newPage();
  await signInAt(manager, await createMember(request, "manager", zone));
  await expect(
    manager.getByRole("heading", { level: 1, name: "The day at a glance" }),
  ).toBeVisible();
  await expect(manager).toHaveURL(/\/today$/);
  const nav = manager.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link").first()).toHaveText("Today");
  await nav.getByRole("link", { name: "Issue permit" }).click();
  await expect(manager.getByRole("heading", { level: 1, name: "Issue a permit" })).toBeVisible();
  await context.close();

  const desk = await browser.newContext({ baseURL: LIVE, storageState: SIGNED_OUT });
  const validator = await desk.newPage();
  await signInAt(validator, await createMember(request, "validator", zone));
  await expect(validator.getByRole("heading", { level: 1, name: "Issue a permit" })).toBeVisible();
  await expect(validator.getByRole("link", { name: "Today" })).toHaveCount(0);
  await validator.goto("/today");
  await expect(validator.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  expect((await validator.request.get("/api/day")).status()).toBe(403);
  expect((await validator.request.get("/api/day/opscom-counts")).status()).toBe(403);
  await desk.close();
});
