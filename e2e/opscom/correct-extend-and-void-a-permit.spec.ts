import { permitRecordSchema } from "@permit-desk/schema";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe.ts";
import {
  filterHistoryByPlate,
  historyTable,
  issuePermitThroughApi,
  uniquePlate,
} from "../support/history.ts";
import { opscomPermit } from "../support/opscom-permit.ts";
import { fillPermit, REFERENCE_PATTERN } from "../support/permit-form.ts";
import { E2E_PORTS } from "../support/ports.ts";
import { misbehave, receivedRequests, resetSimulator } from "../support/simulator.ts";
import { pageSignedInAs, STAFF_PASSWORD, uniqueUsername } from "../support/staff.ts";

const HOUR_MS = 3_600_000;

test.beforeEach(async ({ request }) => {
  await resetSimulator(request);
});

/** The permit's record as the BFF keeps it. */
async function journalRecord(request: APIRequestContext, id: string) {
  const response = await request.get(`/api/permits/${encodeURIComponent(id)}`);
  expect(response.status(), await response.text()).toBe(200);
  return permitRecordSchema.parse(await response.json());
}

/** A wire time as OPSCOM holds it (UTC basis), as milliseconds. */
const wireMs = (value: unknown) => Date.parse(`${String(value)}Z`);

function permitNow(page: Page) {
  return page.getByRole("region", { name: "Permit now" });
}

function changeList(page: Page) {
  return page.getByRole("region", { name: "Changes" }).getByRole("listitem");
}

/** A booking reference as pasted from another system: one long word. */
const BOOKING = `BK${"7316429085".repeat(16)}`;

/** How far the page reaches past the window's width: 0 when nothing scrolls sideways. */
const pageOverflow = (page: Page) =>
  page.evaluate<number>("document.documentElement.scrollWidth - window.innerWidth");

test("A clerk corrects a permit's plate, extends it and voids it; OPSCOM, the record and the history follow each step", async ({
  page,
  request,
}) => {
  const plate = uniquePlate("CX");
  const correctedPlate = uniquePlate("CY");
  await page.goto("/");
  // A number as a template's pattern makes it, with the plate in it.
  await fillPermit(page, { plate, permitNo: `L4-20261206-${plate}` });
  await page.getByLabel("Licence plate").press("Enter");
  const issued = page.getByRole("region", { name: "Permit issued" });
  await expect(issued.getByText(REFERENCE_PATTERN)).toBeVisible();
  const reference = (await issued.getByText(REFERENCE_PATTERN).textContent()) ?? "";

  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "History" })
    .click();
  await filterHistoryByPlate(page, plate);
  await historyTable(page).getByRole("link", { name: plate }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Permit record" })).toBeFocused();
  const id = decodeURIComponent(new URL(page.url()).pathname.split("/").at(-1) ?? "");
  await expect(permitNow(page)).toContainText(plate);
  await expect(permitNow(page)).toContainText("Active");
  await expect(page.getByRole("region", { name: "Changes" })).toContainText(
    "No corrections, extensions or voids.",
  );

  // Correct the plate, from the keyboard: the form opens on the plate, Enter sends it.
  await page.getByRole("button", { name: "Correct" }).click();
  const correction = page.getByRole("region", { name: "Correct this permit" });
  await expect(correction.getByLabel("Licence plate")).toBeFocused();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(correctedPlate.toLowerCase());
  const renumber = correction.getByRole("checkbox", {
    name: `Put the new plate in the permit number too: L4-20261206-${correctedPlate}`,
  });
  await expect(renumber).toBeChecked();
  await renumber.uncheck();
  await expect(correction).toContainText(
    `The permit number will still contain the old plate, ${plate}.`,
  );
  await renumber.check();
  await correction.getByLabel("Reason").focus();
  await page.keyboard.press("Enter");
  await expect(correction.getByText("Say why, in a few words.")).toBeVisible();
  await expect(correction.getByLabel("Reason")).toBeFocused();
  await page.keyboard.type("Plate typed wrong");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Permit corrected." })).toBeVisible();
  await expect(correction).toHaveCount(0);

  const afterCorrection = await opscomPermit(request, reference);
  expect(afterCorrection.body.LicencePlate).toBe(correctedPlate);
  expect(afterCorrection.updates).toEqual([
    expect.objectContaining({
      changes: { LicencePlate: correctedPlate, permitNo: `L4-20261206-${correctedPlate}` },
      before: { LicencePlate: plate, permitNo: `L4-20261206-${plate}` },
    }),
  ]);
  await expect(permitNow(page)).toContainText(correctedPlate);
  await expect(permitNow(page)).toContainText(`L4-20261206-${correctedPlate}`);
  await expect(permitNow(page)).toContainText("Corrected");
  await expect(permitNow(page)).toContainText("Last corrected on");
  await expect(changeList(page)).toHaveCount(1);
  await expect(changeList(page).first()).toContainText("Correction");
  await expect(changeList(page).first()).toContainText("Done in OPSCOM");
  await expect(changeList(page).first()).toContainText(`${plate} → becomes ${correctedPlate}`);
  await expect(changeList(page).first()).toContainText("Reason: Plate typed wrong");
  await expect(changeList(page).first()).toContainText("By Ada Okafor");
  expect(await journalRecord(request, id)).toMatchObject({
    plate,
    current: { plate: correctedPlate, status: "active", corrected: true },
    changes: [{ action: "update", state: "applied", reason: "Plate typed wrong" }],
  });

  // Extend by a day, keyboard only: the choices are radio buttons.
  const endBefore = wireMs(afterCorrection.body.endTime);
  await page.getByRole("button", { name: "Extend" }).click();
  const extension = page.getByRole("region", { name: "Extend this permit" });
  await expect(extension.getByRole("radio", { name: /^1 more hour, until/ })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(extension.getByRole("radio", { name: /^1 more day, until/ })).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(extension.getByLabel("Reason")).toBeFocused();
  // With a booking number pasted whole: a long word wraps, the page never scrolls sideways.
  await page.keyboard.type("Staying another night");
  await page.keyboard.insertText(` ${BOOKING}`);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Permit extended until" })).toBeVisible();

  const afterExtension = await opscomPermit(request, reference);
  expect(wireMs(afterExtension.body.endTime) - endBefore).toBe(24 * HOUR_MS);
  expect(afterExtension.updates).toHaveLength(2);
  expect(Object.keys(afterExtension.updates[1]?.changes ?? {})).toEqual(["endTime"]);
  await expect(changeList(page)).toHaveCount(2);
  await expect(changeList(page).nth(1)).toContainText("Extension");
  await expect(changeList(page).nth(1)).toContainText(`Reason: Staying another night ${BOOKING}`);
  expect(await pageOverflow(page)).toBe(0);
  // An extension is not a correction; the permit was both, and says both.
  await expect(permitNow(page)).toContainText("Extended");
  await expect(permitNow(page)).toContainText("Last extended on");
  await expect(permitNow(page)).toContainText("Corrected");

  // The driver lost the slip: the record prints it again, as the permit is now.
  await page.getByRole("button", { name: "Print slip again" }).click();
  await page.emulateMedia({ media: "print" });
  const slip = page.getByRole("article", { name: `Parking permit slip for ${correctedPlate}` });
  await expect(slip).toBeVisible();
  await expect(slip).toContainText(reference);
  await expect(slip).toContainText(`L4-20261206-${correctedPlate}`);
  await page.emulateMedia({ media: "screen" });
  const extended = await journalRecord(request, id);
  expect(Date.parse(extended.current.validUntil) - Date.parse(extended.validUntil)).toBe(
    24 * HOUR_MS,
  );

  // Escape leaves the void form without voiding anything, and focus returns to its button.
  const voidButton = page.getByRole("button", { name: "Void", exact: true });
  await voidButton.click();
  const voiding = page.getByRole("region", { name: "Void this permit" });
  await expect(voiding.getByLabel("Reason")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(voiding).toHaveCount(0);
  await expect(voidButton).toBeFocused();
  expect((await opscomPermit(request, reference)).deletedAt).toBeNull();
  await page.keyboard.press("Enter");
  await expect(voiding.getByLabel("Reason")).toBeFocused();
  await page.keyboard.type("Guest left early");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Permit voided." })).toBeVisible();

  expect((await opscomPermit(request, reference)).deletedAt).not.toBeNull();
  await expect(permitNow(page)).toContainText("Voided");
  await expect(permitNow(page)).toContainText(
    "This permit is voided: it can no longer be changed.",
  );
  await expect(permitNow(page).getByRole("button", { name: "Extend" })).toHaveCount(0);
  await expect(permitNow(page)).toContainText(/Voided on .+ by Ada Okafor\./);
  await expect(permitNow(page).getByRole("button", { name: "Print slip again" })).toHaveCount(0);
  // Corrected since it was issued, its facts as first submitted are labelled so.
  const submitted = page.getByRole("region", { name: "Permit as first submitted" });
  await expect(submitted).toContainText(/State\s*Voided on .+ by Ada Okafor\./);
  await expect(submitted).toContainText("Ada Okafor (ada)");
  await expect(changeList(page)).toHaveCount(3);
  await expect(changeList(page).nth(2)).toContainText("Void");
  await expect(changeList(page).nth(2)).toContainText("Reason: Guest left early");
  await changeList(page).nth(2).getByText("What was sent, and OPSCOM's answer").click();
  await expect(changeList(page).nth(2)).toContainText("referenceID");
  expect(await journalRecord(request, id)).toMatchObject({
    current: { plate: correctedPlate, status: "voided", corrected: true },
    changes: [
      { action: "update", state: "applied" },
      { action: "update", state: "applied" },
      { action: "void", state: "applied", reason: "Guest left early" },
    ],
  });
  await expectNoAxeViolations(page);

  await page
    .getByRole("group", { name: "Language" })
    .getByRole("button", { name: "Français" })
    .click();
  const permisNow = page.getByRole("region", { name: "Le permis en ce moment" });
  await expect(permisNow).toContainText("Annulé");
  await expect(permisNow).toContainText("Ce permis est annulé : il ne peut plus être modifié.");
  await expect(permisNow).toContainText(/Annulé le .+ par Ada Okafor\./);
  await expect(page.getByRole("region", { name: "Modifications" })).toContainText("Prolongation");
  await expectNoAxeViolations(page);
  await page
    .getByRole("group", { name: "Langue" })
    .getByRole("button", { name: "English" })
    .click();

  await page.getByRole("link", { name: "Back to history" }).click();
  await filterHistoryByPlate(page, correctedPlate);
  const row = historyTable(page).getByRole("row").filter({ hasText: correctedPlate });
  await expect(row).toHaveCount(1);
  // One state: voided, whatever OPSCOM first answered and whatever was changed before.
  const state = row.getByRole("cell").nth(4);
  await expect(state).toHaveText("⊘ Voided");
  await expect(row).toContainText("Ada Okafor (ada)");
  await expect(row).toContainText(`was ${plate}`);
  await page.getByLabel("What became of them").selectOption({ label: "Voided" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/show=voided/);
  await expect(row).toHaveCount(1);
  await page.getByLabel("What became of them").selectOption({ label: "Corrected or extended" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/show=changed/);
  await expect(row).toHaveCount(1);
  await page
    .getByLabel("What became of them")
    .selectOption({ label: "Not confirmed, not checked yet" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/show=awaiting/);
  await expect(row).toHaveCount(0);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit" }).click();
  const events = page.getByRole("list", { name: "Audit events" }).getByRole("listitem");
  await expect(events.filter({ hasText: "Guest left early" }).first()).toContainText(
    "Permit voided",
  );
  await expect(events.filter({ hasText: "Plate typed wrong" }).first()).toContainText(
    "Permit changed",
  );
  await expect(events.filter({ hasText: BOOKING }).first()).toBeVisible();
  expect(await pageOverflow(page)).toBe(0);
});

test("A validator past the change window sees why they cannot change their permit, and a manager still can", async ({
  page,
  browser,
  request,
}) => {
  const username = uniqueUsername("late");
  const created = await request.post("/api/users", {
    data: {
      username,
      displayName: "Lee Late",
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
  const plate = uniquePlate("LW");
  const startedLongAgo = new Date(Date.now() - HOUR_MS).toISOString();
  const permit = await issuePermitThroughApi(validator.request, {
    plate,
    zone: "Lot 4",
    validFrom: startedLongAgo,
  });

  await validator.goto(`/history/${encodeURIComponent(permit.journalId)}`);
  const why = validator.getByText(
    /^You can change your own permits until 15 minutes after they start; this one started .+\. Ask a manager\.$/,
  );
  await expect(why).toBeVisible();
  for (const action of ["Extend", "Correct", "Void"]) {
    const button = validator.getByRole("button", { name: action, exact: true });
    await expect(button).toBeDisabled();
    await expect(button).toHaveAccessibleDescription(/Ask a manager\./);
  }
  await expectNoAxeViolations(validator);

  // The BFF, which judges, says the same.
  const refused = await validator.request.post(
    `/api/permits/${encodeURIComponent(permit.journalId)}/changes`,
    {
      headers: { "Idempotency-Key": crypto.randomUUID() },
      data: {
        action: "update",
        changes: { validUntil: new Date(Date.now() + 3 * HOUR_MS).toISOString() },
        reason: "Trying anyway",
      },
    },
  );
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toMatchObject({
    error: { reason: "change_window_closed", params: { minutes: 15 } },
  });
  await validator.context().close();

  await page.goto(`/history/${encodeURIComponent(permit.journalId)}`);
  await expect(page.getByRole("button", { name: "Extend" })).toBeEnabled();
  await expect(page.getByText(/until 15 minutes after they start/)).toHaveCount(0);
});

test("When OPSCOM does not confirm an extension, Try again asks under the same key and a manager's finding settles it", async ({
  page,
  request,
}) => {
  const plate = uniquePlate("CU");
  const permit = await issuePermitThroughApi(request, { plate, zone: "Lot 4" });
  await page.goto(`/history/${encodeURIComponent(permit.journalId)}`);
  // OPSCOM extends the permit, then never answers.
  await misbehave(request, { mode: "hang", times: 1, routes: ["update"] });

  await page.getByRole("button", { name: "Extend" }).click();
  const extension = page.getByRole("region", { name: "Extend this permit" });
  await extension.getByLabel("Reason").fill("Staying for dinner");
  await extension.getByRole("button", { name: "Extend permit" }).click();
  const alert = extension
    .getByRole("alert")
    .filter({ hasText: "OPSCOM did not confirm the change" });
  await expect(alert).toBeVisible({ timeout: 8_000 });
  await expect(alert).toBeFocused();
  await expect(permitNow(page)).toContainText(
    "OPSCOM did not confirm the last change. Once a manager records what OPSCOM shows, the permit can be changed again.",
  );
  await expectNoAxeViolations(page);

  const updatesBefore = (await receivedRequests(request)).filter(({ path }) =>
    path.endsWith("/update"),
  );
  const replay = page.waitForResponse(
    (response) => response.url().endsWith("/changes") && response.request().method() === "POST",
  );
  await alert.getByRole("button", { name: "Try again" }).click();
  expect((await replay).headers()["idempotent-replayed"]).toBe("true");
  await expect(alert).toContainText("the change may or may not have been made");
  const updatesAfter = (await receivedRequests(request)).filter(({ path }) =>
    path.endsWith("/update"),
  );
  expect(updatesAfter).toHaveLength(updatesBefore.length);
  expect(updatesAfter).toHaveLength(1);

  const change = changeList(page).first();
  await expect(change).toContainText("Not confirmed");
  const check = change.getByRole("region", { name: "Check this change in OPSCOM" });
  await check.getByLabel("OPSCOM shows the change").check();
  await check.getByRole("button", { name: "Record finding" }).click();
  await expect(change).toContainText("Checked: done in OPSCOM");
  await expect(permitNow(page)).toContainText("Extended");
  await expect(alert).toContainText("Since then, staff checked OPSCOM. Checked: done in OPSCOM.");
  await expect(alert.getByRole("button", { name: "Try again" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Extend", exact: true })).toBeEnabled();
  const held = await opscomPermit(request, permit.referenceId);
  const record = await journalRecord(request, permit.journalId);
  // An hour more, to the second, as OPSCOM's wire times go.
  const anHourMore = Math.floor((Date.parse(permit.validUntil) + HOUR_MS) / 1000) * 1000;
  expect(record.current.validUntil).toBe(new Date(anHourMore).toISOString());
  expect(wireMs(held.body.endTime)).toBe(Date.parse(record.current.validUntil));
});
