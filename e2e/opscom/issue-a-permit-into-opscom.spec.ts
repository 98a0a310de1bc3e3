import { expect, test } from "@playwright/test";
import { fillPermit, REFERENCE_PATTERN } from "../support/permit-form.ts";
import { SIMULATOR_URL } from "../support/ports.ts";
import { misbehave, receivedRequests, resetSimulator } from "../support/simulator.ts";
import { siteDay, wireTimeOf } from "../support/site-day.ts";

test.beforeEach(async ({ request }) => {
  await resetSimulator(request);
});

test("A permit reaches OPSCOM once, under the published names, in UTC, and its reference is shown", async ({
  page,
  request,
}) => {
  await page.goto("/");
  await expect(page.getByText("Demo — permits are not sent to OPSCOM")).toHaveCount(0);
  // The browser runs in Tokyo; the site is in Toronto, so these are Toronto wall times.
  const tomorrow = siteDay(1);
  await fillPermit(page, {
    plate: "pl8 rdr",
    zone: "Lot 5",
    validFrom: `${tomorrow}T09:00`,
    validUntil: `${tomorrow}T17:00`,
    amount: "14.5",
    permitNo: "L4-1138",
  });
  await page.getByRole("button", { name: "Issue permit" }).dblclick();

  const issued = page.getByRole("region", { name: "Permit issued" });
  await expect(issued.getByText(REFERENCE_PATTERN)).toBeVisible();
  const shownReference = (await issued.getByText(REFERENCE_PATTERN).textContent())?.match(
    REFERENCE_PATTERN,
  )?.[0];

  const creates = (await receivedRequests(request)).filter(({ path }) =>
    path.endsWith("/permits/push"),
  );
  expect(creates).toHaveLength(1);
  expect(creates[0]?.path).toBe("/api/OC-TOMA/v1/permits/push");
  const { apiToken, ...body } = creates[0]?.body ?? {};
  expect(apiToken).toBeDefined();
  expect(body).toEqual({
    Amount: "14.50",
    CurrencyID: "CAD",
    LicencePlate: "PL8RDR",
    zone: "Lot 5",
    permitNo: "L4-1138",
    startTime: wireTimeOf(`${tomorrow}T09:00`),
    endTime: wireTimeOf(`${tomorrow}T17:00`),
  });
  expect(shownReference).toBeDefined();
  const stored = await request.get(`${SIMULATOR_URL}/__simulator/permits/${shownReference}`);
  expect(stored.status()).toBe(200);
});

test("A clerk who types an invalid amount sees why, and nothing reaches OPSCOM", async ({
  page,
  request,
}) => {
  await page.goto("/");
  await fillPermit(page, { plate: "AB123", amount: "12.345" });
  await page.getByRole("button", { name: "Issue permit" }).click();

  await expect(page.getByLabel("Amount")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(/at most two after the point/)).toBeVisible();
  await expect(page.getByLabel("Amount")).toBeFocused();
  expect(await receivedRequests(request)).toHaveLength(0);
});

test("When OPSCOM refuses the permit, the clerk sees OPSCOM's reason beside the field", async ({
  page,
  request,
}) => {
  await misbehave(request, {
    mode: "reject",
    errorCode: 9006,
    errorMessage: "LicencePlate is required.",
    times: 1,
  });
  await page.goto("/");
  await fillPermit(page, { plate: "AB123" });
  await page.getByRole("button", { name: "Issue permit" }).click();

  await expect(page.getByText(/OPSCOM refused the permit \(9006\)/).first()).toBeVisible();
  await expect(page.getByLabel("Licence plate")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("region", { name: "Permit issued" })).toHaveCount(0);
});

test("When OPSCOM never answers, the clerk is told it did not confirm, within the timeout", async ({
  page,
  request,
}) => {
  await misbehave(request, { mode: "hang", times: 1 });
  await page.goto("/");
  await fillPermit(page, { plate: "AB123" });
  const started = Date.now();
  await page.getByRole("button", { name: "Issue permit" }).click();

  await expect(
    page
      .getByRole("alert")
      .filter({ hasText: /did not confirm — the permit may or may not exist/ }),
  ).toBeVisible({
    timeout: 6_000,
  });
  expect(Date.now() - started).toBeLessThan(6_000);
  const creates = (await receivedRequests(request)).filter(({ path }) =>
    path.endsWith("/permits/push"),
  );
  expect(creates).toHaveLength(1);
});
