import { type APIRequestContext, expect, test } from "@playwright/test";
import { uniquePlate } from "../support/history.ts";
import { REFERENCE_PATTERN, siteTimeField } from "../support/permit-form.ts";
import { misbehave, receivedRequests, resetSimulator } from "../support/simulator.ts";
import { siteDay } from "../support/site-day.ts";

/** Longer than the 30 s after which untouched default times follow the clock. */
const PAST_THE_NEXT_MINUTE = "01:10";

test.beforeEach(async ({ request }) => {
  await resetSimulator(request);
});

async function createsAtOpscom(request: APIRequestContext) {
  return (await receivedRequests(request)).filter(({ path }) => path.endsWith("/permits/push"));
}

test("After OPSCOM did not confirm a permit, pressing Issue again for that plate sends nothing, even once the default times would have moved on", async ({
  page,
  request,
}) => {
  await page.clock.install();
  await misbehave(request, { mode: "hang", times: 1 });
  const plate = uniquePlate("HOLD");
  await page.goto("/");
  const validFrom = siteTimeField(page, "Valid from");
  await expect(validFrom.date).toBeEnabled();
  // The page's clock is the test's to move: untouched default times follow it.
  const loadedAt = await validFrom.value();
  await page.clock.fastForward(PAST_THE_NEXT_MINUTE);
  await expect.poll(validFrom.value).not.toBe(loadedAt);

  await page.getByLabel("Licence plate").fill(plate);
  await page.getByRole("button", { name: "Issue permit" }).click();
  const alert = page.getByRole("alert").filter({ hasText: /did not confirm/ });
  await expect(alert).toBeVisible({ timeout: 6_000 });
  const sentFrom = await validFrom.value();

  await page.clock.fastForward(PAST_THE_NEXT_MINUTE);
  await validFrom.expectValue(sentFrom);
  await page.getByRole("button", { name: "Issue permit" }).click();

  await expect(alert).toBeFocused();
  await expect(alert).toContainText(`Nothing was sent: ${plate} may already have a permit`);
  await expect(alert.getByRole("link", { name: "Open its record" })).toHaveAttribute(
    "href",
    /^\/history\/[^/]+$/,
  );

  // Enter in the plate, changed times or not, is held back just the same.
  await validFrom.fill(`${siteDay(1)}T09:00`);
  await page.getByLabel("Licence plate").press("Enter");
  await expect(alert).toBeFocused();
  expect(await createsAtOpscom(request)).toHaveLength(1);

  // Only staff who checked OPSCOM can issue it again, as a new permit.
  await alert.getByRole("button", { name: "Checked: not in OPSCOM, issue it again" }).click();
  await expect(
    page.getByRole("region", { name: "Permit issued" }).getByText(REFERENCE_PATTERN),
  ).toBeVisible();
  expect(await createsAtOpscom(request)).toHaveLength(2);
});

test("Try again after a lost answer sends the same permit under the same key, however long the clerk waited", async ({
  page,
  request,
}) => {
  await page.clock.install();
  const plate = uniquePlate("LATE");
  let dropped = false;
  await page.route("**/api/permits", async (route) => {
    if (dropped || route.request().method() !== "POST") return route.continue();
    dropped = true;
    await route.fetch();
    await route.abort("connectionreset");
  });
  await page.goto("/");
  await page.getByLabel("Licence plate").fill(plate);
  await page.getByRole("button", { name: "Issue permit" }).click();
  await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();

  await page.clock.fastForward(PAST_THE_NEXT_MINUTE);
  await page.getByRole("button", { name: "Try again" }).click();

  await expect(
    page.getByRole("region", { name: "Permit issued" }).getByText(REFERENCE_PATTERN),
  ).toBeVisible();
  expect(await createsAtOpscom(request)).toHaveLength(1);
});
