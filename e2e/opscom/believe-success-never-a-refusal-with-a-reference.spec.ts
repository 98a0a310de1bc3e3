import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe.ts";
import { uniquePlate } from "../support/history.ts";
import { fillPermit } from "../support/permit-form.ts";
import { misbehave, opscomReferencesFor, resetSimulator } from "../support/simulator.ts";

const UNCONFIRMED = "OPSCOM did not confirm — this permit may or may not exist.";

test.beforeEach(async ({ request }) => {
  await resetSimulator(request);
});

test("A clerk gets the reference when OPSCOM says success in a shape it never published, and is never told a permit OPSCOM made was refused", async ({
  page,
  request,
}) => {
  await page.goto("/");
  const issued = page.getByRole("region", { name: "Permit issued" });
  for (const shape of ["status-capitalised", "error-code-zero"]) {
    await misbehave(request, { mode: "reshape", shape, routes: ["push"], times: 1 });
    const plate = uniquePlate("OK");
    await fillPermit(page, { plate });
    await page.getByRole("button", { name: "Issue permit" }).click();

    await expect.poll(() => opscomReferencesFor(request, plate)).toHaveLength(1);
    const [reference = "none in OPSCOM"] = await opscomReferencesFor(request, plate);
    await expect(issued).toContainText(reference);
    await expect(page.getByText(/OPSCOM refused/)).toHaveCount(0);
  }
  await expectNoAxeViolations(page);

  // OPSCOM made the permit, yet its answer says it refused: it is neither refused nor issued.
  await misbehave(request, {
    mode: "reshape",
    shape: "error-code-with-reference",
    routes: ["push"],
    times: 1,
  });
  const plate = uniquePlate("RR");
  await fillPermit(page, { plate });
  await page.getByRole("button", { name: "Issue permit" }).click();
  const alert = page.getByRole("alert").filter({ hasText: /did not confirm/ });
  await expect(alert).toBeVisible();
  await expect(page.getByText(/OPSCOM refused/)).toHaveCount(0);
  await expectNoAxeViolations(page);

  await alert.getByRole("link", { name: "Open its record" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Permit record" })).toBeFocused();
  await expect(page.getByText(UNCONFIRMED)).toBeVisible();
  const [reference = "none in OPSCOM"] = await opscomReferencesFor(request, plate);
  const answer = page.getByRole("region", { name: "OPSCOM's answer" });
  await expect(answer).toContainText("OPSCOM refused, yet its answer carried a permit reference");
  await expect(answer).toContainText(`a refusal carrying the reference ${reference}`);
  await expect(answer).toContainText(`"reference_id":"${reference}"`);
  await expect(answer).toContainText('"ErrorCode":9033');
  await expect(page.getByRole("region", { name: "Record what OPSCOM shows" })).toBeVisible();
  await expectNoAxeViolations(page);
});
