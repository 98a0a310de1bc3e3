import { type APIRequestContext, expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe.ts";
import { historyTable, issuePermitThroughApi, uniquePlate } from "../support/history.ts";
import { E2E_PORTS } from "../support/ports.ts";
import { pageSignedInAs, STAFF_PASSWORD, uniqueUsername } from "../support/staff.ts";

const DEMO = `http://127.0.0.1:${E2E_PORTS.demo}`;

async function addManager(request: APIRequestContext, zone: string) {
  const username = uniqueUsername("mgr");
  const response = await request.post("/api/users", {
    data: {
      username,
      displayName: username,
      role: "manager",
      zones: [zone],
      password: STAFF_PASSWORD,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return { username, password: STAFF_PASSWORD };
}

test("A renamed zone keeps its permits and its manager, and a new zone under the old name sees none of them", async ({
  page,
  browser,
}) => {
  const oldName = `Lot R${Date.now().toString(36)}`;
  const newName = `${oldName} North`;
  const plate = uniquePlate("RNM");

  // An administrator adds the zone, a manager for it, and a permit is issued there.
  await page.goto("/zones");
  await page.getByLabel("Zone name").fill(oldName);
  await page.getByLabel("Zone name").press("Enter");
  await expect(page.getByRole("row", { name: oldName })).toContainText("Active");
  const mia = await addManager(page.request, oldName);
  const permit = await issuePermitThroughApi(page.request, { plate, zone: oldName });

  // The zone is renamed, as it was in OPSCOM, and a new zone takes the old name.
  await page.getByRole("button", { name: `Rename ${oldName}` }).click();
  await page.getByLabel(`New name for ${oldName}`).fill(newName);
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByRole("row", { name: newName })).toBeVisible();

  // A look-alike of a name already there is refused, saying what is wrong and where.
  await page.getByLabel("Zone name").fill(`${oldName.toUpperCase()} NORTH`);
  await page.getByRole("button", { name: "Add zone" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "differ only in capitals" }),
  ).toContainText(`A zone named "${newName}" already exists`);
  await page.getByLabel("Zone name").fill(`Lot\u200b${oldName.slice(3)}`);
  await page.getByRole("button", { name: "Add zone" }).click();
  await expect(
    page.getByText("cannot contain an invisible character (U+200B at position 4)"),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Zone name").fill(oldName);
  await page.getByRole("button", { name: "Add zone" }).click();
  const newZoneRow = page
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: oldName, exact: true }) });
  await expect(newZoneRow).toContainText("Active");
  const raj = await addManager(page.request, oldName);

  // The renamed zone's manager still has the permit, under the zone's new name and the name sent.
  const miaPage = await pageSignedInAs(browser, DEMO, mia);
  await miaPage.goto("/history");
  const row = historyTable(miaPage).getByRole("row").filter({ hasText: plate });
  await expect(row).toContainText(newName);
  await expect(row).toContainText(`sent to OPSCOM as “${oldName}”`);
  await expectNoAxeViolations(miaPage);
  await row.getByRole("link", { name: plate }).click();
  await expect(miaPage.getByRole("button", { name: "Void" })).toBeVisible();
  await miaPage.context().close();

  // The new zone's manager sees nothing of it, in the history or by its address.
  const rajPage = await pageSignedInAs(browser, DEMO, raj);
  await rajPage.goto("/history");
  await expect(rajPage.getByText("No permits match these filters.")).toBeVisible();
  await rajPage.goto(`/history/${permit.journalId}`);
  await expect(rajPage.getByRole("button", { name: "Void" })).toHaveCount(0);
  await expect(rajPage.getByText(plate)).toHaveCount(0);
  await expectNoAxeViolations(rajPage);

  // Asked directly, the BFF refuses to show, void or settle it for them.
  const api = rajPage.request;
  expect((await api.get(`/api/permits/${permit.journalId}`)).status()).toBe(404);
  const voided = await api.post(`/api/permits/${permit.journalId}/changes`, {
    headers: { "Idempotency-Key": crypto.randomUUID() },
    data: { action: "void", reason: "not my zone" },
  });
  expect(voided.status()).toBe(404);
  const history = await (await api.get(`/api/permits?plate=${plate}`)).json();
  expect(history.permits).toEqual([]);
  await rajPage.context().close();
});
