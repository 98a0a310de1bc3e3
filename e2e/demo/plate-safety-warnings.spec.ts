import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe.ts";
import { REFERENCE_PATTERN } from "../support/permit-form.ts";

/** Letters and digits none of which looks like another, so only the story's own plates match. */
const PLAIN = "ACDEFGHJKLMNPQRTUVWXY34679";

function plainPart(length: number): string {
  return Array.from({ length }, () => PLAIN[Math.floor(Math.random() * PLAIN.length)] ?? "A").join(
    "",
  );
}

function warnings(page: Page) {
  return {
    didYouMean: page.getByRole("listitem").filter({ hasText: "Did you mean" }),
    alreadyActive: page.getByRole("listitem").filter({ hasText: "already has a permit valid now" }),
    none: page.getByText(/Did you mean|already has a permit valid now/),
  };
}

/** Types a plate and waits for the BFF's checks of it, so that "no warning" means no warning. */
async function typePlate(page: Page, plate: string) {
  const checked = page.waitForResponse(
    (response) => response.url().includes(`/api/plates/${plate}/checks`) && response.ok(),
  );
  await page.getByLabel("Licence plate").fill(plate);
  await checked;
}

test("The form warns of a plate one look-alike character from one issued here, and of a permit already valid in the zone, and not otherwise", async ({
  page,
}) => {
  const stem = plainPart(5);
  const issuedPlate = `${stem}O7`; // a letter O
  const typo = `${stem}07`; // a zero where the O was
  await page.goto("/");
  await typePlate(page, issuedPlate);
  await page.getByLabel("Zone").selectOption("Lot 4");
  await page.getByLabel("Licence plate").press("Enter");
  const issued = page.getByRole("region", { name: "Permit issued" });
  const reference = (await issued.getByText(REFERENCE_PATTERN).textContent()) ?? "";
  expect(reference).toMatch(REFERENCE_PATTERN);

  const { didYouMean, alreadyActive } = warnings(page);

  // One look-alike away: "did you mean", with a way to take the issued plate instead.
  await typePlate(page, typo);
  await expect(didYouMean).toContainText(`Did you mean ${issuedPlate}?`);
  await expect(didYouMean).toContainText("Lot 4");
  await expect(alreadyActive).toHaveCount(0);
  // The echo marks the look-alike characters the clerk should check.
  await expect(page.getByText("zero", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: `Use ${issuedPlate}` }).click();
  await expect(page.getByLabel("Licence plate")).toHaveValue(issuedPlate);

  // The same plate in the same zone: already valid now, with its reference.
  await expect(alreadyActive).toContainText(
    `${issuedPlate} already has a permit valid now in Lot 4`,
  );
  await expect(alreadyActive).toContainText(reference);
  await expect(didYouMean).toHaveCount(0);

  // Another zone: no permit there, so no duplicate warning.
  const checkedLot5 = page.waitForResponse((response) =>
    response.url().includes(`/api/plates/${issuedPlate}/checks?zone=Lot+5`),
  );
  await page.getByLabel("Zone").selectOption("Lot 5");
  await checkedLot5;
  await expect(alreadyActive).toHaveCount(0);

  // Two characters away, or nothing alike: no warning at all.
  await page.getByLabel("Zone").selectOption("Lot 4");
  await typePlate(page, plainPart(7));
  await expect(warnings(page).none).toHaveCount(0);
  await typePlate(page, `${stem}0Z`);
  await expect(warnings(page).none).toHaveCount(0);

  // Among several plates, each is checked.
  const other = plainPart(6);
  // The typo's checks were asked a moment ago and still hold; the other plate's are new.
  const checkedOther = page.waitForResponse((response) =>
    response.url().includes(`/api/plates/${other}/checks`),
  );
  await page.getByLabel("Licence plate").fill(`${other}, ${typo}`);
  await checkedOther;
  await expect(didYouMean).toContainText(`Did you mean ${issuedPlate}?`);
  await page.getByRole("button", { name: `Use ${issuedPlate}` }).click();
  await expect(page.getByLabel("Licence plate")).toHaveValue(`${other}, ${issuedPlate}`);

  // A warning does not forbid: the clerk may still issue a second permit for the same plate,
  // pressing Issue a second time once the first has pointed to the warning.
  await page.getByLabel("Licence plate").fill(issuedPlate);
  await expect(alreadyActive).toBeVisible();
  await page.getByLabel("Licence plate").press("Enter");
  await expect(page.getByRole("alert")).toContainText("Nothing was issued");
  await expect(issued.getByText(REFERENCE_PATTERN)).toHaveText(reference);
  await page.getByLabel("Licence plate").press("Enter");
  await expect(issued.getByText(REFERENCE_PATTERN)).not.toHaveText(reference);
  await expect(issued).toContainText(issuedPlate);
});

test("A clerk who types a look-alike plate and presses Enter at once is shown the warning before anything is issued, and the next Enter issues it", async ({
  page,
}) => {
  const stem = plainPart(5);
  const issuedPlate = `${stem}B8`;
  const typo = `${stem}88`; // an 8 where the B was
  await page.goto("/");
  await page.getByLabel("Zone").selectOption("Lot 4");
  await typePlate(page, issuedPlate);
  await page.getByLabel("Licence plate").press("Enter");
  const issued = page.getByRole("region", { name: "Permit issued" });
  await expect(issued).toContainText(issuedPlate);
  const issuing = page.waitForRequest(
    (request) => request.method() === "POST" && new URL(request.url()).pathname === "/api/permits",
    { timeout: 2_000 },
  );

  // Typed and sent in one go, before the checks of the plate were asked for.
  const plate = page.getByLabel("Licence plate");
  await plate.fill(typo);
  await plate.press("Enter");
  await expect(page.getByRole("alert")).toContainText(
    "Nothing was issued: read the warning, then press Issue again.",
  );
  await expect(warnings(page).didYouMean).toContainText(`Did you mean ${issuedPlate}?`);
  await expect(issuing).rejects.toThrow();
  await expect(issued).not.toContainText(typo);
  await expect(plate).toBeFocused();
  await expectNoAxeViolations(page);

  // Seen, the warning does not block: Enter again issues the plate as typed.
  await plate.press("Enter");
  await expect(issued).toContainText(typo);
  await expect(page.getByRole("alert").filter({ hasText: "Nothing was issued" })).toHaveCount(0);

  // Passed over once, not for good: the same plate typed again is held for its new warning.
  await plate.fill(typo);
  await plate.press("Enter");
  await expect(page.getByRole("alert")).toContainText("Nothing was issued");
  await expect(warnings(page).alreadyActive).toContainText(
    `${typo} already has a permit valid now`,
  );
});

test("After Undo, the plate typed again is not said to hold the permit just voided", async ({
  page,
}) => {
  const plate = page.getByLabel("Licence plate");
  const undone = `${plainPart(5)}U1`;
  await page.goto("/");
  await page.getByLabel("Zone").selectOption("Lot 4");
  await typePlate(page, undone);
  await plate.press("Enter");
  await expect(page.getByRole("region", { name: "Permit issued" })).toContainText(undone);
  await page.keyboard.press("Alt+z");
  await expect(page.getByText(`Permit for ${undone} undone`)).toBeVisible();
  await typePlate(page, undone);
  await expect(warnings(page).alreadyActive).toHaveCount(0);
  await plate.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "Nothing was issued" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Permit issued" })).toContainText(undone);
});
