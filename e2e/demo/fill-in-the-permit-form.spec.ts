import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe.ts";
import { siteTimeField } from "../support/permit-form.ts";
import { nextAutumnClockChange } from "../support/site-day.ts";

/** Holds every request matching `url` until `release` is called, as a slow network would. */
async function holdRequests(page: Page, url: string | RegExp) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(url, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test("A clerk who types the plate as soon as the page opens loses no key, and the permit waits for the site's settings", async ({
  page,
}) => {
  const releaseConfig = await holdRequests(page, "**/api/config");
  const releaseForm = await holdRequests(page, /\/assets\/issue-permit-page-[^/]+\.js$/);
  await page.goto("/", { waitUntil: "commit" });
  const plate = page.getByLabel("Licence plate");
  await expect(plate).toBeFocused();
  await page.keyboard.type("ab 12");

  releaseForm();
  await expect(page.getByLabel("Zone")).toBeDisabled();
  await expect(page.getByLabel("Zone")).toContainText("Loading…");
  await expect(plate).toBeFocused();
  await page.keyboard.type("-3");
  await expect(plate).toHaveValue("ab 12-3");
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("status").filter({ hasText: "once Permit Desk's settings have loaded" }),
  ).toBeVisible();

  releaseConfig();
  const issued = page.getByRole("region", { name: "Permit issued" });
  await expect(issued).toContainText("AB123");
  await expect(issued).toContainText("Lot 4");
});

test("Valid until follows the duration chosen when Valid from moves, and the end and length are said in words", async ({
  page,
}) => {
  await page.goto("/");
  const validFrom = siteTimeField(page, "Valid from");
  const validUntil = siteTimeField(page, "Valid until");
  await expect(page.getByText(/^Until \d\d:\d\d (today|tomorrow) · lasts 2 hours$/)).toBeVisible();
  await expect(page.getByRole("radio", { name: "2 hours", exact: true })).toBeChecked();

  await validFrom.fill("2026-07-02T09:00");
  await validUntil.expectValue("2026-07-02T11:00");
  await page.getByRole("radio", { name: "4 hours", exact: true }).check();
  await validUntil.expectValue("2026-07-02T13:00");
  await page.getByRole("radio", { name: "Until end of day", exact: true }).check();
  await validUntil.expectValue("2026-07-02T23:59");
  await expect(
    page.getByText(/Until 23:59 on Thu.*Jul.*2.* · lasts 14 hours 59 minutes/),
  ).toBeVisible();

  await validUntil.fill("2026-07-02T10:30");
  await expect(page.getByRole("radio", { name: "Custom", exact: true })).toBeChecked();
  await expect(page.getByText(/lasts 1 hour 30 minutes$/)).toBeVisible();
  // Set by the clerk, Valid until now stays where it is.
  await validFrom.fill("2026-07-01T10:30");
  await validUntil.expectValue("2026-07-02T10:30");
  await expect(page.getByText(/lasts 1 day$/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("On the night the clocks go forward, a permit from 01:30 to 04:30 lasts two hours", async ({
  page,
}) => {
  await page.goto("/");
  // The site is in Toronto, where 2026-03-08 02:00 becomes 03:00.
  await siteTimeField(page, "Valid from").fill("2026-03-08T01:30");
  await siteTimeField(page, "Valid until").expectValue("2026-03-08T04:30");
  await expect(page.getByText(/Until 04:30 on .* · lasts 2 hours$/)).toBeVisible();
  await page.getByRole("radio", { name: "24 hours", exact: true }).check();
  // 24 elapsed hours after 01:30 EST is 02:30 EDT the next day.
  await siteTimeField(page, "Valid until").expectValue("2026-03-09T02:30");
});

test("On the night the clocks go back, two hours from 00:30 end at the second 01:30 and are sent so", async ({
  page,
}) => {
  await page.goto("/");
  // In Toronto, 02:00 EDT becomes 01:00 EST that night: 01:30 happens twice.
  const night = nextAutumnClockChange();
  await siteTimeField(page, "Valid from").fill(`${night}T00:30`);
  await siteTimeField(page, "Valid until").expectValue(`${night}T01:30`);
  await expect(page.getByText(/Until 01:30 on .* · lasts 2 hours$/)).toBeVisible();
  await page.getByLabel("Licence plate").fill("FALL 2");
  const sent = page.waitForRequest(
    (request) => request.method() === "POST" && request.url().endsWith("/api/permits"),
  );
  await page.getByLabel("Licence plate").press("Enter");
  expect((await sent).postDataJSON()).toMatchObject({
    validFrom: `${night}T00:30:00-04:00`,
    validUntil: `${night}T01:30:00-05:00`,
  });
});

test("A hint says what will be sent only when the field's value will be accepted", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByLabel("Licence plate").fill("ab#12");
  await expect(
    page.getByText("A plate has letters and digits only: “#” (U+0023) at position 3 is neither."),
  ).toBeVisible();
  await expect(page.getByText(/Will be sent as/)).toHaveCount(0);
  await page.getByLabel("Licence plate").fill("ab 12");
  await expect(page.getByText("Will be sent as AB12")).toBeVisible();

  await page.getByLabel("Amount").fill("0");
  await expect(page.getByText("The amount must be at least 0.01.")).toBeVisible();
  await expect(page.getByText(/sent as 0/)).toHaveCount(0);
  await page.getByLabel("Amount").fill("4.5");
  await expect(page.getByText("Optional; sent as 4.50")).toBeVisible();
});

test("A free permit is sent without a currency", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Licence plate").fill("FREE1");
  const sent = page.waitForRequest(
    (request) => request.method() === "POST" && request.url().endsWith("/api/permits"),
  );
  await page.getByRole("button", { name: "Issue permit" }).click();
  const body: unknown = (await sent).postDataJSON();
  expect(body).toMatchObject({ plate: "FREE1" });
  expect(body).not.toHaveProperty("currency");
  expect(body).not.toHaveProperty("amount");
});

test("Skip to main content is the first stop of the Tab key and leads past the header", async ({
  page,
}) => {
  await page.goto("/history");
  await expect(page.getByRole("heading", { level: 1, name: "Permit history" })).toBeFocused();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link").first().focus();
  await page.keyboard.press("Shift+Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();

  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  await expect(page).toHaveURL(/\/history$/);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Plate to check")).toBeFocused();
});

test("Dates are typed year first and times on a 24-hour clock, in the app's language whatever the browser's, with arrow keys and plain errors", async ({
  page,
}) => {
  await page.goto("/");
  const validFrom = siteTimeField(page, "Valid from");
  await validFrom.fill("2026-07-02T09:00");
  await expect(validFrom.group).toContainText("Thu, Jul 2, 2026");
  await validFrom.date.press("ArrowUp");
  await validFrom.time.press("ArrowDown");
  await validFrom.expectValue("2026-07-03T08:45");
  await siteTimeField(page, "Valid until").expectValue("2026-07-03T10:45");

  // Written as a French clerk would, "14 h 30", it reads; a 12-hour time does not, and says so.
  await validFrom.time.fill("14 h 30");
  await siteTimeField(page, "Valid until").expectValue("2026-07-03T16:30");
  await validFrom.time.fill("2:30 PM");
  await validFrom.date.focus();
  await expect(validFrom.group.getByRole("alert")).toHaveText(
    "Write the time on a 24-hour clock, as 14:30.",
  );
  await expect(validFrom.time).toHaveValue("2:30 PM");
  await expect(validFrom.time).toHaveAttribute("aria-invalid", "true");

  await page.getByRole("button", { name: "Français" }).click();
  await expect(validFrom.group).toHaveCount(0);
  const debut = siteTimeField(page, "Valide à partir de");
  await expect(debut.group).toContainText("ven. 3 juill. 2026");
  await expect(debut.group.getByRole("alert")).toHaveText(
    "Écrivez l'heure sur 24 heures, comme 14:30 ou 14 h 30.",
  );
  await expectNoAxeViolations(page);
});

test("A start on a day the calendar does not have is said at the start alone: no length and no end are judged from it", async ({
  page,
}) => {
  await page.goto("/");
  const validFrom = siteTimeField(page, "Valid from");
  const validUntil = siteTimeField(page, "Valid until");
  await expect(page.getByText(/· lasts 2 hours$/)).toBeVisible();
  await validFrom.fill("2026-02-30T09:00");
  await validFrom.time.press("Tab");
  await expect(validFrom.group.getByRole("alert")).toHaveText(
    "There is no such day in the calendar: check the month and the day.",
  );
  // Read as March 2, it gave "lasts 278 days" and a 30-day limit on Valid until.
  await expect(page.getByText(/· lasts /)).toHaveCount(0);
  await expect(validUntil.group.getByRole("alert")).toHaveCount(0);
});
