import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe.ts";
import {
  filterHistoryByPlate,
  historyTable,
  issuePermitThroughApi,
  uniquePlate,
} from "../support/history.ts";
import { fillPermit, REFERENCE_PATTERN } from "../support/permit-form.ts";
import { E2E_PORTS } from "../support/ports.ts";
import { siteDay } from "../support/site-day.ts";
import { pageSignedInAs, STAFF_PASSWORD, uniqueUsername } from "../support/staff.ts";

/** "2026-07-02" as the page writes it in English: "Jul 2, 2026". */
const siteDayInWords = (day: string) =>
  new Intl.DateTimeFormat("en-CA", {
    month: "short",
    day: "numeric",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${day}T12:00:00Z`));

test("A clerk finds a permit they issued in the history by its plate and opens its record", async ({
  page,
}) => {
  const plate = uniquePlate("FH");
  await page.goto("/");
  const tomorrow = siteDay(1);
  await fillPermit(page, {
    plate,
    zone: "Lot 5",
    validFrom: `${tomorrow}T09:00`,
    validUntil: `${tomorrow}T17:00`,
  });
  await page.getByRole("button", { name: "Issue permit" }).click();
  const issued = page.getByRole("region", { name: "Permit issued" });
  await expect(issued.getByText(REFERENCE_PATTERN)).toBeVisible();
  const reference = (await issued.getByText(REFERENCE_PATTERN).textContent()) ?? "";

  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "History" }).click();
  await expect(nav.getByRole("link", { name: "History" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { level: 1, name: "Permit history" })).toBeFocused();
  await filterHistoryByPlate(page, plate.slice(0, -3).toLowerCase());

  const row = historyTable(page).getByRole("row").filter({ hasText: plate });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Lot 5");
  await expect(row).toContainText(`${siteDayInWords(tomorrow)}, 09:00 E`);
  await expect(row).toContainText("Issued");
  await expect(row).toContainText(reference);
  await expectNoAxeViolations(page);

  await row.getByRole("link", { name: plate }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Permit record" })).toBeFocused();
  const facts = page.getByRole("region", { name: "Permit", exact: true });
  await expect(facts).toContainText(reference);
  await expect(facts).toContainText(`${siteDayInWords(tomorrow)}, 17:00 E`);
  const sent = page.getByRole("region", { name: "Sent to OPSCOM" });
  await expect(sent).toContainText("LicencePlate");
  await expect(sent).toContainText(plate);
  await expect(page.getByRole("region", { name: "OPSCOM's answer" })).toContainText("200");
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "History" }),
  ).toHaveAttribute("aria-current", "true");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Back to history" }).click();
  await expect(page.getByLabel("Plate starts with")).toHaveValue(plate.slice(0, -3).toLowerCase());
  await expect(historyTable(page).getByRole("row").filter({ hasText: plate })).toHaveCount(1);
});

test("The history filters survive a reload", async ({ page }) => {
  await page.goto("/history");
  await page.getByLabel("Plate starts with").fill("ab1");
  await page.getByLabel("Zone").selectOption("Lot 4");
  await page.getByLabel("State").selectOption({ label: "Issued" });
  await page.getByLabel("First day").fill("2026-07-01");
  await page.getByLabel("Last day").fill("2026-07-31");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(
    /\/history\?plate=ab1&zone=Lot\+4&state=issued&from=2026-07-01&to=2026-07-31$/,
  );

  await page.reload();

  await expect(page.getByLabel("Plate starts with")).toHaveValue("ab1");
  await expect(page.getByLabel("Zone")).toHaveValue("Lot 4");
  await expect(page.getByLabel("State")).toHaveValue("issued");
  await expect(page.getByLabel("First day")).toHaveValue("2026-07-01");
  await expect(page.getByLabel("Last day")).toHaveValue("2026-07-31");
  // Site days in Toronto, the last one included, whatever the browser's own zone (Tokyo here).
  const csv = page.getByRole("link", { name: /Download CSV/ });
  await expect(csv).toHaveAttribute(
    "href",
    "/api/permits/export.csv?plate=ab1&zone=Lot+4&state=issued" +
      "&validFrom=2026-07-01T00%3A00%3A00-04%3A00&validTo=2026-08-01T00%3A00%3A00-04%3A00",
  );
  const download = page.waitForEvent("download");
  await csv.click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
});

test("History's days are typed year first in the app's language, not the browser's, and a day that does not exist is said at its field", async ({
  page,
}) => {
  await page.addInitScript({ content: 'localStorage.setItem("permit-desk.locale", "fr-CA")' });
  await page.goto("/history");
  const first = page.getByLabel("Premier jour");
  const last = page.getByLabel("Dernier jour");
  // The app's own entry, not the browser's date picker, which writes mm/dd/yyyy here.
  await expect(first).not.toHaveAttribute("type", "date");
  await expect(first).toHaveAttribute("placeholder", "AAAA-MM-JJ");
  await first.fill("2026-07-01");
  await expect(page.getByText("mer. 1 juill. 2026")).toBeVisible();
  await first.press("ArrowUp");
  await expect(first).toHaveValue("2026-07-02");
  await last.fill("2026-02-30");
  await last.press("Tab");
  await expect(page.getByText("Ce jour n'existe pas dans le calendrier")).toBeVisible();
  await expect(page.getByText("Écrivez la date en commençant par l'année")).toHaveCount(0);
  await page.getByRole("button", { name: "Appliquer les filtres" }).click();
  await expect(last).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/history$/);
  // The results say only that nothing was searched: no range is backwards.
  await expect(page.getByRole("alert").filter({ hasText: "Aucune recherche faite" })).toContainText(
    "Un jour ci-dessus ne se lit pas",
  );
  await expect(page.getByText("Le dernier jour précède le premier jour.")).toHaveCount(0);
  // A first day that does not read is not "after" the last one either.
  await first.fill("2026-13-01");
  await last.fill("2026-02-15");
  await page.getByRole("button", { name: "Appliquer les filtres" }).click();
  await expect(first).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Le dernier jour précède le premier jour.")).toHaveCount(0);
  await first.fill("2026-07-02");

  await last.fill("2026-07-31");
  await page.getByRole("button", { name: "Appliquer les filtres" }).click();
  await expect(page).toHaveURL(/\/history\?from=2026-07-02&to=2026-07-31$/);
  await page.reload();
  await expect(page.getByLabel("Premier jour")).toHaveValue("2026-07-02");
  await expect(page.getByLabel("Dernier jour")).toHaveValue("2026-07-31");
});

test("A last day before the first day is pointed out, nothing is searched, and the results shown before go", async ({
  page,
  request,
}) => {
  const plate = uniquePlate("RB");
  await issuePermitThroughApi(request, { plate, zone: "Lot 4" });
  await page.goto(`/history?plate=${plate}`);
  await expect(historyTable(page).getByRole("row").filter({ hasText: plate })).toHaveCount(1);

  await page.getByLabel("First day").fill("2026-07-31");
  await page.getByLabel("Last day").fill("2026-07-01");
  await page.getByRole("button", { name: "Apply filters" }).click();

  await expect(page.getByLabel("Last day")).toHaveAttribute("aria-invalid", "true");
  await expect(
    page.getByRole("alert").filter({ hasText: "These days match no permit" }),
  ).toBeVisible();
  await expect(historyTable(page)).toHaveCount(0);
  await expect(page.getByRole("link", { name: /Download CSV/ })).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`/history\\?plate=${plate}$`));

  await page.getByLabel("First day").fill("");
  await page.getByLabel("Last day").fill("");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(historyTable(page).getByRole("row").filter({ hasText: plate })).toHaveCount(1);
});

test("A clerk checks whether a plate is covered now, and a validator hears the same as their issue form", async ({
  page,
  request,
  browser,
}) => {
  const plate = uniquePlate("CV");
  const permit = await issuePermitThroughApi(request, { plate, zone: "Visitor Parkade" });
  await page.goto("/history");

  await page.getByLabel("Plate to check").fill(plate.toLowerCase());
  await page.getByRole("button", { name: "Check plate" }).click();
  const answer = page.getByRole("status").filter({ hasText: plate });
  await expect(answer).toContainText(`${plate} is covered now by 1 permit.`);
  await expect(answer).toContainText(permit.referenceId);
  await expect(answer.getByRole("link", { name: /Visitor Parkade, until/ })).toBeVisible();

  const uncovered = uniquePlate("NC");
  await page.getByLabel("Plate to check").fill(uncovered);
  await page.getByRole("button", { name: "Check plate" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `No active permit issued here for ${uncovered}.` }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // A validator of the zone: the administrator's permit is theirs to know of, not to open.
  const username = uniqueUsername("cov");
  const created = await request.post("/api/users", {
    data: {
      username,
      displayName: "Cory Coverage",
      role: "validator",
      zones: ["Visitor Parkade"],
      password: STAFF_PASSWORD,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const validator = await pageSignedInAs(browser, `http://127.0.0.1:${E2E_PORTS.demo}`, {
    username,
    password: STAFF_PASSWORD,
  });
  await validator.goto("/");
  await validator.getByLabel("Zone").selectOption("Visitor Parkade");
  await validator.getByLabel("Licence plate").fill(plate);
  await expect(
    validator.getByText(/already has a permit valid now in Visitor Parkade/),
  ).toBeVisible();
  await validator.goto("/history");
  await validator.getByLabel("Plate to check").fill(plate);
  await validator.getByRole("button", { name: "Check plate" }).click();
  const heard = validator.getByRole("status").filter({ hasText: plate });
  await expect(heard).toContainText(`${plate} is covered now by 1 permit.`);
  await expect(heard).toContainText("Visitor Parkade, until");
  await expect(heard).toContainText("(issued by another member)");
  await expect(heard.getByRole("link")).toHaveCount(0);
  await expectNoAxeViolations(validator);
  await validator.context().close();
});

test("Staff load older permits a page at a time and hear how many more came", async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  const prefix = uniquePlate("LM").slice(0, 20);
  for (let index = 0; index < 51; index += 1) {
    await issuePermitThroughApi(request, { plate: `${prefix}${index}`, zone: "Lot 4" });
  }
  await page.goto(`/history?plate=${prefix}`);
  const rows = historyTable(page).getByRole("row");
  await expect(rows).toHaveCount(51); // the header and 50 permits
  const status = page.getByRole("status").filter({ hasText: /permits? shown/ });
  await expect(status).toHaveText("50 permits shown, newest first. More can be loaded.");

  await page.getByRole("button", { name: "Load more" }).click();

  await expect(rows).toHaveCount(52);
  await expect(status).toHaveText("Loaded 1 more. 51 permits shown.");
  // Focus moves to the first permit the click brought, the oldest of them all.
  await expect(rows.nth(51).getByRole("link")).toBeFocused();
  await expect(page.getByText("End of the history for these filters.")).toBeVisible();

  // What "Load more" brought is news about that list only, and only once.
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/history$/);
  await expect(page.getByLabel("Plate starts with")).toHaveValue("");
  const anyStatus = page.getByRole("status").filter({ hasText: /permits? shown|Loading/ });
  await expect(anyStatus).toHaveText(/^\d+ permits? shown, newest first\./);
  await page.goBack();
  await expect(rows).toHaveCount(52);
  await expect(status).toHaveText("51 permits shown, newest first.");
});

test("Clear filters empties what was typed but not applied, and the list says what it shows", async ({
  page,
  request,
}) => {
  const prefix = uniquePlate("CF").slice(0, 20);
  for (let index = 0; index < 51; index += 1) {
    await issuePermitThroughApi(request, { plate: `${prefix}${index}`, zone: "Lot 4" });
  }
  await page.goto("/history");
  const status = page.getByRole("status").filter({ hasText: /permits? shown/ });
  await expect(status).toHaveText(/More can be loaded\.$/);
  await page.getByRole("button", { name: "Load more" }).click();
  await expect(status).toHaveText(/^Loaded \d+ more\./);
  await page.getByLabel("Plate starts with").fill(prefix);

  await page.getByRole("link", { name: "Clear filters" }).click();

  await expect(page.getByLabel("Plate starts with")).toHaveValue("");
  await expect(status).toHaveText(/^\d+ permits shown, newest first\./);
  await expect(page).toHaveURL(/\/history$/);
});
