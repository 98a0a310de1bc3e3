import { permitPageSchema, permitRecordSchema } from "@permit-desk/schema";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe.ts";
import { uniquePlate } from "../support/history.ts";
import { opscomPermit } from "../support/opscom-permit.ts";
import { REFERENCE_PATTERN } from "../support/permit-form.ts";
import { resetSimulator } from "../support/simulator.ts";

test.beforeEach(async ({ request }) => {
  await resetSimulator(request);
});

test("Alt+Z right after issuing voids the permit in OPSCOM while the plate keeps focus", async ({
  page,
  request,
}) => {
  const plate = uniquePlate("UN");
  await page.goto("/");
  const plateField = page.getByLabel("Licence plate");
  await expect(plateField).toBeFocused();
  await page.keyboard.type(plate);
  await page.keyboard.press("Enter");
  const panel = page.getByRole("region", { name: "Permit issued" });
  await expect(panel.getByText(REFERENCE_PATTERN)).toBeVisible();
  const reference = (await panel.getByText(REFERENCE_PATTERN).textContent()) ?? "";
  const undo = panel.getByRole("button", { name: "Undo" });
  await expect(undo).toHaveAttribute("aria-keyshortcuts", "Alt+Z");
  await expect(undo).toContainText(/Alt\+Z · \d+ s/);
  await expect(
    page.getByRole("status").filter({ hasText: `You can undo the permit for ${plate}` }),
  ).toHaveCount(1);
  await expect(plateField).toBeFocused();
  await expectNoAxeViolations(page);

  await page.keyboard.press("Alt+z");

  const voided = page.getByRole("region", { name: "Permit voided" });
  await expect(voided).toContainText(
    "Undone right after issuing: OPSCOM no longer has this permit.",
  );
  await expect(voided).toContainText(reference);
  await expect(voided.getByRole("button", { name: /Print slip/ })).toHaveCount(0);
  await expect(
    page.getByRole("status").filter({
      hasText: `Permit for ${plate} undone: it is voided, and OPSCOM no longer has it.`,
    }),
  ).toHaveCount(1);
  await expect(plateField).toBeFocused();
  await expect(plateField).toHaveValue("");
  await expect(page.getByRole("status").filter({ hasText: "Permit issued for" })).toHaveCount(0);

  const held = await opscomPermit(request, reference);
  expect(held.body.LicencePlate).toBe(plate);
  expect(held.deletedAt).not.toBeNull();

  const list = permitPageSchema.parse(
    await (await request.get(`/api/permits?plate=${plate}`)).json(),
  );
  const [summary] = list.permits;
  const record = permitRecordSchema.parse(
    await (await request.get(`/api/permits/${encodeURIComponent(summary?.id ?? "")}`)).json(),
  );
  expect(record.current.status).toBe("voided");
  expect(record.changes).toEqual([
    expect.objectContaining({
      action: "void",
      state: "applied",
      reason: "Undone right after issuing",
    }),
  ]);
});

test("Undo is offered for a few seconds, then leads to the permit's record instead", async ({
  page,
}) => {
  const plate = uniquePlate("UO");
  await page.goto("/");
  await page.keyboard.type(plate);
  await page.keyboard.press("Enter");
  const panel = page.getByRole("region", { name: "Permit issued" });
  const undo = panel.getByRole("button", { name: "Undo" });
  await expect(undo).toBeVisible();
  await undo.focus();

  await expect(undo).toHaveCount(0, { timeout: 15_000 });
  const recordLink = panel.getByRole("link", { name: "Open its record" });
  await expect(recordLink).toBeFocused();
  await expect(panel).toContainText("Undo is no longer offered.");
  await page.keyboard.press("Alt+z");
  await expect(page.getByRole("region", { name: "Permit voided" })).toHaveCount(0);

  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: "Permit now" })).toContainText("Active");
});

test("With several plates issued, each permit has its own Undo, Alt+Z goes from one Undo to the next, and after an Undo the plate field has focus, never another permit's Undo", async ({
  page,
  request,
}) => {
  const first = uniquePlate("UA");
  const second = uniquePlate("UB");
  await page.goto("/");
  await page.keyboard.type(`${first}, ${second}`);
  await page.keyboard.press("Enter");
  const panels = page.getByRole("region", { name: "Permit issued" });
  await expect(panels).toHaveCount(2);
  await expect(panels.getByRole("button", { name: "Undo" })).toHaveCount(2);
  await expect(
    panels.nth(0).getByRole("button", { name: `Undo this permit (${first})` }),
  ).toBeVisible();
  await expect(
    panels.nth(1).getByRole("button", { name: `Undo this permit (${second})` }),
  ).toBeVisible();
  await expect(panels.nth(0)).toContainText(
    "with several on screen, Alt+Z goes to an Undo, again to the next, and Enter undoes the one it is on.",
  );
  await expect(panels.nth(0)).not.toContainText("Alt+Z undoes it at once");
  const secondReference = (await panels.nth(1).getByText(REFERENCE_PATTERN).textContent()) ?? "";
  const firstReference = (await panels.nth(0).getByText(REFERENCE_PATTERN).textContent()) ?? "";

  await page.keyboard.press("Alt+z");
  await expect(panels.nth(0).getByRole("button", { name: "Undo" })).toBeFocused();
  await page.keyboard.press("Alt+z");
  await expect(panels.nth(1).getByRole("button", { name: "Undo" })).toBeFocused();
  expect((await opscomPermit(request, firstReference)).deletedAt).toBeNull();
  await page.keyboard.press("Enter");

  await expect(page.getByRole("region", { name: "Permit voided" })).toContainText(second);
  await expect(page.getByRole("region", { name: "Permit issued" })).toHaveCount(1);
  expect((await opscomPermit(request, secondReference)).deletedAt).not.toBeNull();
  expect((await opscomPermit(request, firstReference)).deletedAt).toBeNull();
  // Focus goes back to the plate, where the next guest's plate is typed: Enter there issues,
  // and never voids the other permit.
  await expect(page.getByLabel("Licence plate")).toBeFocused();
  await expect(page.getByRole("region", { name: "Permit issued" })).toContainText(
    "Alt+Z undoes it at once, from anywhere on this page.",
  );
  await expect(
    page.getByRole("status").filter({ hasText: `Permit issued for ${second}` }),
  ).toHaveCount(0);

  // One left: Alt+Z undoes it at once, as its hint says.
  await page.keyboard.press("Alt+z");
  await expect(page.getByRole("region", { name: "Permit voided" })).toHaveCount(2);
  await expect(page.getByLabel("Licence plate")).toBeFocused();
  expect((await opscomPermit(request, firstReference)).deletedAt).not.toBeNull();
});
