import { type APIRequestContext, expect, test } from "@playwright/test";
import { fillPermit, REFERENCE_PATTERN } from "../support/permit-form.ts";
import { receivedRequests, resetSimulator } from "../support/simulator.ts";

test.beforeEach(async ({ request }) => {
  await resetSimulator(request);
});

async function createsAtOpscom(request: APIRequestContext) {
  return (await receivedRequests(request)).filter(({ path }) => path.endsWith("/permits/push"));
}

async function journalRowsFor(request: APIRequestContext, plate: string) {
  const page = await (await request.get(`/api/permits?plate=${plate}`)).json();
  return (page.permits as Array<{ plate: string }>).filter((permit) => permit.plate === plate);
}

test("Pressing Enter twice issues one permit: one request to OPSCOM, one journal row", async ({
  page,
  request,
}) => {
  await page.goto("/");
  await page.getByLabel("Licence plate").fill("ENTER2X");
  await page.getByLabel("Licence plate").press("Enter");
  await page.getByLabel("Licence plate").press("Enter");

  await expect(
    page.getByRole("region", { name: "Permit issued" }).getByText(REFERENCE_PATTERN),
  ).toBeVisible();
  expect(await createsAtOpscom(request)).toHaveLength(1);
  expect(await journalRowsFor(request, "ENTER2X")).toHaveLength(1);
});

test("A clerk whose answer was lost on the network tries again and gets the same permit, not a second one", async ({
  page,
  request,
}) => {
  let dropped = false;
  await page.route("**/api/permits", async (route) => {
    if (dropped || route.request().method() !== "POST") return route.continue();
    dropped = true;
    await route.fetch();
    await route.abort("connectionreset");
  });
  await page.goto("/");
  await fillPermit(page, { plate: "NETDROP1" });
  await page.getByRole("button", { name: "Issue permit" }).click();

  await page.getByRole("button", { name: "Try again" }).click();

  const issued = page.getByRole("region", { name: "Permit issued" });
  await expect(issued.getByText(REFERENCE_PATTERN)).toBeVisible();
  const shown = (await issued.getByText(REFERENCE_PATTERN).textContent())?.match(
    REFERENCE_PATTERN,
  )?.[0];
  const creates = await createsAtOpscom(request);
  expect(creates).toHaveLength(1);
  const rows = await journalRowsFor(request, "NETDROP1");
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ state: "issued", referenceId: shown });
});
