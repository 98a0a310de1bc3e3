import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe.ts";
import { filterHistoryByPlate, historyTable, uniquePlate } from "../support/history.ts";
import { fillPermit } from "../support/permit-form.ts";
import { misbehave, opscomReferencesFor, resetSimulator } from "../support/simulator.ts";

const UNCONFIRMED = "OPSCOM did not confirm — this permit may or may not exist.";

test.beforeEach(async ({ request }) => {
  await resetSimulator(request);
});

test("After OPSCOM did not confirm a permit, the clerk is led to its record and records what OPSCOM shows", async ({
  page,
  request,
}) => {
  // OPSCOM makes the permit, then never answers.
  await misbehave(request, { mode: "hang", times: 1 });
  const plate = uniquePlate("UC");
  await page.goto("/");
  await fillPermit(page, { plate });
  await page.getByRole("button", { name: "Issue permit" }).click();
  const alert = page.getByRole("alert").filter({ hasText: /did not confirm/ });
  await expect(alert).toBeVisible({ timeout: 6_000 });

  await alert.getByRole("link", { name: "Open its record" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Permit record" })).toBeFocused();
  await expect(page.getByText(UNCONFIRMED)).toBeVisible();
  await expect(page.getByRole("region", { name: "OPSCOM's answer" })).toContainText(
    "No answer in time",
  );
  await expectNoAxeViolations(page);

  const [reference = "none in OPSCOM"] = await opscomReferencesFor(request, plate);
  const form = page.getByRole("region", { name: "Record what OPSCOM shows" });
  await form.getByRole("button", { name: "Record finding" }).click();
  await expect(form.getByText("Choose what OPSCOM shows.")).toBeVisible();
  await form.getByLabel("It exists in OPSCOM").check();
  await form.getByRole("button", { name: "Record finding" }).click();
  await expect(form.getByLabel("Reference OPSCOM shows")).toBeFocused();
  await expect(form.getByText("Enter the reference OPSCOM shows.")).toBeVisible();
  await form.getByLabel("Reference OPSCOM shows").fill(reference);
  await form.getByLabel("Note").fill("Found it under the plate in OPSCOM.");
  await form.getByRole("button", { name: "Record finding" }).click();

  await expect(form.getByRole("status")).toContainText(`Finding recorded`);
  const findings = page.getByRole("region", { name: "Staff findings" });
  await expect(findings).toContainText("It exists in OPSCOM");
  await expect(findings).toContainText(reference);
  await expect(findings).toContainText("Found it under the plate in OPSCOM.");
  // What Permit Desk recorded at the time stays as it was.
  const facts = page.getByRole("region", { name: "Permit", exact: true });
  await expect(facts).toContainText("Not confirmed");
  await expect(facts).not.toContainText(reference);
  await expect(page.getByText(`found in OPSCOM as ${reference}`)).toBeVisible();
  await expectNoAxeViolations(page);

  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "History" })
    .click();
  await filterHistoryByPlate(page, plate);
  const row = historyTable(page).getByRole("row").filter({ hasText: plate });
  await expect(row).toContainText(`Found in OPSCOM as ${reference}`);
  await page.getByLabel("Plate to check").fill(plate);
  await page.getByRole("button", { name: "Check plate" }).click();
  const answer = page.getByRole("status").filter({ hasText: plate });
  await expect(answer).toContainText(`${plate} is covered now by 1 permit.`);
  await expect(answer).toContainText(`Not confirmed · found in OPSCOM as ${reference}`);
});

test("A permit OPSCOM did not confirm stands out in the history until staff check it", async ({
  page,
  request,
}) => {
  await misbehave(request, { mode: "hang", createsPermit: false, times: 1 });
  const plate = uniquePlate("US");
  await page.goto("/");
  await fillPermit(page, { plate });
  await page.getByRole("button", { name: "Issue permit" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /did not confirm/ })).toBeVisible({
    timeout: 6_000,
  });

  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "History" })
    .click();
  await page.getByLabel("State").selectOption({ label: "Not confirmed" });
  await filterHistoryByPlate(page, plate);
  const row = historyTable(page).getByRole("row").filter({ hasText: plate });
  await expect(row).toContainText("Not confirmed");
  await expect(row).toContainText(UNCONFIRMED);
  await expectNoAxeViolations(page);

  // Nobody may read "no active permit" while this one may exist.
  await page.getByLabel("Plate to check").fill(plate);
  await page.getByRole("button", { name: "Check plate" }).click();
  const answer = page.getByRole("status").filter({ hasText: plate });
  await expect(answer).toContainText(
    `No confirmed permit for ${plate}, but 1 permit may exist in OPSCOM`,
  );
  await expect(answer).toContainText("Not confirmed — may exist in OPSCOM");
  await expect(answer.getByRole("link", { name: /Lot 4, until/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await row.getByRole("link", { name: plate }).click();
  expect(await opscomReferencesFor(request, plate)).toEqual([]);
  const form = page.getByRole("region", { name: "Record what OPSCOM shows" });
  await form.getByLabel("It does not exist in OPSCOM").check();
  await form.getByRole("button", { name: "Record finding" }).click();
  await expect(page.getByRole("region", { name: "Staff findings" })).toContainText(
    "It does not exist in OPSCOM",
  );

  await page.getByRole("link", { name: "Back to history" }).click();
  const checkedRow = historyTable(page).getByRole("row").filter({ hasText: plate });
  await expect(checkedRow).toContainText("Checked: not in OPSCOM");
  await expect(checkedRow).toContainText("Not confirmed");
  await page.getByLabel("Plate to check").fill(plate);
  await page.getByRole("button", { name: "Check plate" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `No active permit issued here for ${plate}.` }),
  ).toBeVisible();
});
