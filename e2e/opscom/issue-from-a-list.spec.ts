import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { wallTimeToDate } from "@permit-desk/schema";
import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe.ts";
import { uniquePlate } from "../support/history.ts";
import { REFERENCE_PATTERN } from "../support/permit-form.ts";
import { E2E_PORTS } from "../support/ports.ts";
import { misbehave, receivedRequests, resetSimulator } from "../support/simulator.ts";
import { SITE_TIME_ZONE, siteDay } from "../support/site-day.ts";
import { pageSignedInAs, STAFF_PASSWORD, uniqueUsername } from "../support/staff.ts";

test.beforeEach(async ({ request }) => {
  await resetSimulator(request);
});

const instant = (wallTime: string) => wallTimeToDate(wallTime, SITE_TIME_ZONE).toISOString();

/** OPSCOM's own wire format, UTC without a zone, as its `*Utc` columns hold it. */
const opscomTime = (wallTime: string) => instant(wallTime).slice(0, 19);

/**
 * axe's rule that a table's header cells have text is a best practice, outside the WCAG tags
 * `expectNoAxeViolations` runs: the recent lists' table is checked by it too.
 */
async function expectNamedTableHeaders(page: Page) {
  const results = await new AxeBuilder({ page }).withRules(["empty-table-header"]).analyze();
  expect(results.violations.map(({ id, nodes }) => [id, nodes.length])).toEqual([]);
}

/**
 * A 50-row list under OPSCOM's own column names: 40 rows give a plate alone (the template gives
 * the rest), 4 give everything (their times in OPSCOM's own format, UTC without a zone), one
 * plate looks like another, one is repeated, and three rows are refused (a plate with other
 * characters, a zone the site does not have, an amount with three decimals).
 */
function fiftyRowList(base: string) {
  const tomorrow = siteDay(1);
  const full = (n: number) =>
    `${base}${n},Lot 4,${opscomTime(`${tomorrow}T09:00`)},${opscomTime(`${tomorrow}T17:00`)},10.00,CAD,T-${n}`;
  const lines = [
    "LicencePlate,ParkingZoneName,StartDateUtc,EndDateUtc,Amount,CurrencyID,TicketNumber",
    ...Array.from({ length: 40 }, (_, index) => `${base}${index + 1},,,,,,`),
    ...[41, 42, 43, 44].map(full),
    `${base}O7,,,,,,`,
    `${base}07,,,,,,`,
    `${base}1,,,,,,`,
    "AB-!,,,,,,",
    `${base}49,Lot 9,,,,,`,
    `${base}50,,,,12.345,,`,
  ];
  return { csv: `${lines.join("\n")}\n`, rows: lines.length - 1 };
}

async function createTemplate(page: Page, name: string) {
  const template = await page.request.post("/api/templates", {
    data: {
      name,
      zone: "Lot 5",
      duration: { kind: "hours", hours: 4 },
      amount: "5.00",
      currency: "CAD",
    },
  });
  expect(template.status(), await template.text()).toBe(201);
}

test("A manager's 50-row list previews its refusals and warnings, issues 47 permits into OPSCOM and downloads each row's outcome", async ({
  page,
  request,
}) => {
  test.slow();
  const base = uniquePlate("LS").slice(0, 12);
  const templateName = `List guest ${base}`;
  await createTemplate(page, templateName);
  const { csv, rows } = fiftyRowList(base);
  expect(rows).toBe(50);

  await page.goto("/lists");
  await expect(page.getByRole("heading", { level: 1, name: "Issue from a list" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Or open a CSV file").setInputFiles({
    name: "event.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv),
  });
  await expect(page.getByLabel("Rows to issue")).toHaveValue(csv);
  await page.getByLabel("Template", { exact: true }).selectOption({ label: templateName });
  await expect(page.getByLabel("Zone", { exact: true })).toHaveValue("Lot 5");
  await page.getByRole("button", { name: "Check the list" }).click();

  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview).toBeVisible();
  const totals = preview.locator("dl");
  await expect(totals).toContainText("Rows50");
  await expect(totals).toContainText("To issue47");
  await expect(totals).toContainText("Refused3");
  await expect(totals).toContainText("To look at2");
  // 43 rows at the template's 5.00 (the repeat and the look-alikes are issued too) and 4 at 10.00.
  await expect(totals).toContainText("$255.00");
  await expect(
    page.getByText(
      "Columns read: Plate, Zone, Valid from, Valid until, Amount, Currency, Permit no.",
    ),
  ).toBeVisible();

  // Refused rows come first, each reason beside its field, which can be corrected in place.
  const body = preview.locator("tbody tr");
  await expect(body.nth(0).getByRole("rowheader")).toHaveText("48");
  await expect(page.getByLabel("Plate, row 48")).toHaveAttribute("aria-invalid", "true");
  await expect(body.nth(0)).toContainText("A plate has letters and digits only: “!” (U+0021)");
  await expect(page.getByLabel("Zone, row 49")).toHaveValue("Lot 9");
  await expect(body.nth(1)).toContainText("Choose one of this site's zones.");
  await expect(page.getByLabel("Amount, row 50")).toHaveValue("12.345");
  await expect(body.nth(2)).toContainText("at most two after the point");
  await expect(body.nth(3)).toContainText(`Looks like ${base}O7 on row 45.`);
  await expect(body.nth(4)).toContainText("The same plate is on row 1.");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Issue 47 permits" }).click();
  const progress = page.getByRole("progressbar", { name: "Rows sent to OPSCOM" });
  await expect(progress).toBeVisible();
  await expect(page.getByRole("heading", { name: "Progress · Done" })).toBeVisible({
    timeout: 30_000,
  });
  await expect(progress).toHaveAttribute("aria-valuenow", "47");
  await expect(progress).toHaveAttribute("aria-valuemax", "47");
  await expectNoAxeViolations(page);

  // The repeated plate is a warning, not a refusal: the server issues it as its own permit, so
  // OPSCOM receives one create per row to issue, the repeat included, and none for the refused.
  const creates = (await receivedRequests(request)).filter(({ path }) =>
    path.endsWith("/permits/push"),
  );
  expect(creates).toHaveLength(47);
  expect(creates.filter(({ body: sent }) => sent.LicencePlate === `${base}1`)).toHaveLength(2);
  expect(creates.find(({ body: sent }) => sent.LicencePlate === `${base}5`)?.body).toMatchObject({
    zone: "Lot 5",
    Amount: "5.00",
    CurrencyID: "CAD",
  });
  expect(creates.find(({ body: sent }) => sent.LicencePlate === `${base}41`)?.body).toMatchObject({
    zone: "Lot 4",
    Amount: "10.00",
    permitNo: "T-41",
  });

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the result (CSV)" }).click();
  const download = await downloading;
  const result = readFileSync(await download.path(), "utf8")
    .trim()
    .split("\n");
  expect(result[0]).toBe("row,plate,outcome,reference_id,reason,journal_id");
  const byRow = new Map(
    result.slice(1).map((line) => [Number(line.split(",")[0]), line.split(",")]),
  );
  expect(byRow.size).toBe(50);
  for (const [row, [, , outcome, reference, reason]] of byRow) {
    if (row >= 48) {
      expect(reference, `row ${row}`).toBe("");
      expect(reason, `row ${row}`).not.toBe("");
    } else {
      expect(outcome, `row ${row}`).toBe("issued");
      expect(reference, `row ${row}`).toMatch(REFERENCE_PATTERN);
    }
  }
  expect(byRow.get(48)?.[4]).toBe("plate_not_alphanumeric");
  expect(byRow.get(49)?.[4]).toBe("zone_not_at_site");
  expect(byRow.get(50)?.[4]).toBe("amount_format");

  // The list stays on the page, in French too.
  await page
    .getByRole("group", { name: "Language" })
    .getByRole("button", { name: "Français" })
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Émettre depuis une liste" }),
  ).toBeVisible();
  await expect(page.getByRole("cell", { name: "Terminée" }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNamedTableHeaders(page);
  await page
    .getByRole("group", { name: "Langue" })
    .getByRole("button", { name: "English" })
    .click();
});

test("A plate-only list without a header is read, a refused row fixed in place is checked again, a row can be left out, and a double click issues the list once", async ({
  page,
  request,
}) => {
  const base = uniquePlate("LF").slice(0, 12);
  await page.goto("/lists");
  await page.getByLabel("Rows to issue").fill(`${base}1\n${base}2\nA!1\n`);
  await page.getByRole("button", { name: "Check the list" }).click();
  const totals = page.getByRole("region", { name: "Preview" }).locator("dl");
  await expect(totals).toContainText("Refused1");
  // What is issued is what was previewed: another zone for the list asks for a new check.
  await page.getByLabel("Zone", { exact: true }).selectOption("Lot 5");
  await expect(page.getByRole("region", { name: "Preview" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Issue \d+ permits$/ })).toHaveCount(0);
  await page.getByRole("button", { name: "Check the list" }).click();
  await expect(totals).toContainText("Refused1");
  const fix = page.getByLabel("Plate, row 3");
  await fix.fill(`${base}3`);
  await fix.press("Enter");
  await expect(totals).toContainText("Refused0");
  await expect(totals).toContainText("To issue3");
  await page.getByRole("checkbox", { name: "Leave out row 2" }).check();
  await expect(totals).toContainText("To issue2");
  await expect(totals).toContainText("Left out1");

  // A double click issues the list once: each plate reaches OPSCOM once.
  await page.getByRole("button", { name: "Issue 2 permits" }).dblclick();
  await expect(page.getByRole("heading", { name: "Progress · Done" })).toBeVisible();
  const sent = (await receivedRequests(request)).filter(
    ({ path, body }) =>
      path.endsWith("/permits/push") && String(body.LicencePlate).startsWith(base),
  );
  expect(sent.map(({ body }) => body.LicencePlate).sort()).toEqual([`${base}1`, `${base}3`]);
  // The result names each row by its number in the list: row 2, left out, is not in it.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the result (CSV)" }).click();
  const result = readFileSync(await (await downloading).path(), "utf8")
    .trim()
    .split("\n");
  expect(result.slice(1).map((line) => line.split(",").slice(0, 3))).toEqual([
    ["1", `${base}1`, "issued"],
    ["3", `${base}3`, "issued"],
  ]);
  await expect(page.getByText("a number missing was left out")).toBeVisible();
});

test("A row's start and end without a zone are read as UTC under OPSCOM's names and as the site's time under Permit Desk's; one not read is shown as written, says how to write it, and is fixed in place on the site's clock", async ({
  page,
  request,
}) => {
  const base = uniquePlate("LT").slice(0, 12);
  const tomorrow = siteDay(1);
  await page.goto("/lists");
  await page
    .getByLabel("Rows to issue")
    .fill(
      `plate,startTime,endTime,zone\n${base}1,${tomorrow} 09:00,${tomorrow}T17:00:00,Lot 4\n${base}2,12/07/2026 09:00,${tomorrow}T18:00:00,Lot 4\n`,
    );
  await page.getByRole("button", { name: "Check the list" }).click();
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.locator("dl")).toContainText("To issue1");
  await expect(preview).toContainText("“12/07/2026 09:00” is not a time read here");
  // The times read are shown on the site's clock, as everywhere else, not as the instants sent.
  const first = preview.getByRole("row").filter({ hasText: `${base}1` });
  // Cells in the columns' order: plate, start, end, zone (the row number is the row's header).
  // The plate stays out of the check: a random plate may hold a digit, a T and a digit.
  const [start, end] = [first.getByRole("cell").nth(1), first.getByRole("cell").nth(2)];
  await expect(start).toContainText("09:00");
  await expect(end).toContainText("17:00");
  for (const cell of [start, end]) await expect(cell).not.toContainText(/\dT\d/);
  // A time not read is shown as written, not as the browser would guess it, and is fixed in
  // place as the form takes a time: year first, on the site's clock.
  const secondStart = preview
    .getByRole("row")
    .filter({ hasText: `${base}2` })
    .getByRole("cell")
    .nth(1);
  await expect(secondStart).toHaveText("12/07/2026 09:00");
  const fix = page.getByLabel("Valid from, row 2");
  await fix.fill(`${tomorrow} 10:00`);
  await fix.press("Enter");
  await expect(preview.locator("dl")).toContainText("To issue2");
  await expect(secondStart).toContainText("10:00");
  await expect(secondStart).not.toContainText(/\dT\d/);
  await page.getByRole("checkbox", { name: "Leave out row 2" }).check();
  await page.getByRole("button", { name: "Issue 1 permit" }).click();
  await expect(page.getByRole("heading", { name: "Progress · Done" })).toBeVisible();
  const create = (await receivedRequests(request)).find(
    ({ path, body }) => path.endsWith("/permits/push") && body.LicencePlate === `${base}1`,
  );
  expect(create?.body).toMatchObject({ zone: "Lot 4" });
  const journal = await page.request.get(`/api/permits?plate=${base}1`);
  const [permit] = (await journal.json()).permits as Array<{
    validFrom: string;
    validUntil: string;
  }>;
  expect(Date.parse(permit?.validFrom ?? "")).toBe(Date.parse(instant(`${tomorrow}T09:00`)));
  expect(Date.parse(permit?.validUntil ?? "")).toBe(Date.parse(instant(`${tomorrow}T17:00`)));

  await page.getByRole("button", { name: "Start another list" }).click();
  await page
    .getByLabel("Rows to issue")
    .fill(
      `LicencePlate,StartDateUtc,EndDateUtc,ParkingZoneName\n${base}3,${opscomTime(`${tomorrow}T09:00`)},${opscomTime(`${tomorrow}T17:00`)},Lot 4\n`,
    );
  await page.getByRole("button", { name: "Check the list" }).click();
  await expect(page.getByRole("region", { name: "Preview" }).locator("dl")).toContainText(
    "To issue1",
  );
});

test("A list paused while it issues stays paused when the tab is closed, and resumes from the recent lists with each plate sent once", async ({
  page,
  request,
}) => {
  test.slow();
  // OPSCOM answers slowly, so that the list is still issuing when Pause is pressed.
  await misbehave(request, { mode: "slow", delayMs: 300 });
  const base = uniquePlate("LP").slice(0, 12);
  const plates = Array.from({ length: 30 }, (_, index) => `${base}${index + 1}`);
  await page.goto("/lists");
  await page.getByLabel("Rows to issue").fill(plates.join("\n"));
  await page.getByRole("button", { name: "Check the list" }).click();
  await page.getByRole("button", { name: "Issue 30 permits" }).click();
  await expect(page.getByRole("heading", { name: "Progress · Issuing" })).toBeFocused();
  await page.getByRole("button", { name: "Pause" }).click();
  await expect(page.getByRole("heading", { name: "Progress · Paused" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Resume" })).toBeVisible();
  // A paused list has no time left, and its pause counts for no rate.
  await expect(page.locator("dt", { hasText: /^Time left$/ }).locator("+ dd")).toHaveText(
    "— (paused)",
  );
  await expect(page.locator("dt", { hasText: /^Rate$/ }).locator("+ dd")).toHaveText("— (paused)");

  await misbehave(request, { mode: "normal" });
  await page.reload();
  const recent = page.getByRole("table", { name: "Lists issued recently, newest first" });
  const row = recent.getByRole("row").filter({ hasText: "Paused" }).first();
  await expect(row).toContainText("30");
  await expectNamedTableHeaders(page);
  await row.getByRole("button", { name: /^Open the list of/ }).click();
  await expect(page.getByRole("heading", { name: "Progress · Paused" })).toBeFocused();
  const waiting = page.locator("dt", { hasText: /^Waiting$/ }).locator("+ dd");
  expect(Number(await waiting.textContent())).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Resume" }).click();
  await expect(page.getByRole("heading", { name: "Progress · Done" })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole("progressbar", { name: "Rows sent to OPSCOM" })).toHaveAttribute(
    "aria-valuenow",
    "30",
  );
  const sent = (await receivedRequests(request))
    .filter(({ path }) => path.endsWith("/permits/push"))
    .map(({ body }) => body.LicencePlate);
  expect([...sent].sort()).toEqual([...plates].sort());
});

test("A validator finds no Lists page and cannot call its routes", async ({ request, browser }) => {
  const username = uniqueUsername("lister");
  const created = await request.post("/api/users", {
    data: {
      username,
      displayName: "Val Lister",
      role: "validator",
      zones: ["Lot 4"],
      password: STAFF_PASSWORD,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const validator = await pageSignedInAs(browser, `http://127.0.0.1:${E2E_PORTS.live}`, {
    username,
    password: STAFF_PASSWORD,
  });
  await validator.goto("/");
  await expect(validator.getByRole("heading", { name: "Issue a permit" })).toBeVisible();
  await expect(validator.getByRole("link", { name: "Lists" })).toHaveCount(0);
  await validator.goto("/lists");
  await expect(validator.getByRole("heading", { name: "Issue from a list" })).toHaveCount(0);
  await expect(validator.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  const refused = await validator.request.post("/api/batches/preview", {
    data: { rows: [{ plate: "AB123" }] },
  });
  expect(refused.status()).toBe(403);
  await validator.context().close();
});
