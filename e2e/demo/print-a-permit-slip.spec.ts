import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe.ts";
import { fillPermit, REFERENCE_PATTERN } from "../support/permit-form.ts";

/** The reference of the permit just issued for `plate`, as the success panel shows it. */
async function issuedReference(page: Page, plate: string): Promise<string> {
  const issued = page.getByRole("region", { name: "Permit issued" });
  await expect(issued).toContainText(plate);
  const reference = issued.getByText(REFERENCE_PATTERN);
  await expect(reference).toBeVisible();
  return (await reference.textContent()) ?? "";
}

function slipFor(page: Page, plate: string) {
  return page.getByRole("article", { name: `Parking permit slip for ${plate}` });
}

test("A clerk prints a dashboard slip with the plate, zone, validity, reference and its QR code, and nothing else", async ({
  page,
}) => {
  await page.goto("/");
  await fillPermit(page, { plate: "slp 101", amount: "14.50", permitNo: "G-2231" });
  await page.keyboard.press("Enter");
  const reference = await issuedReference(page, "SLP101");
  // The browser's own print key works from here: the form has given the plate field focus back.
  await expect(page.getByLabel("Licence plate")).toBeFocused();
  const printButton = page.getByRole("button", { name: "Print slip (Ctrl+P)" });
  await expect(printButton).toHaveAttribute("aria-keyshortcuts", "Control+P");

  const slip = page.getByRole("article", {
    name: "Parking permit slip for SLP101",
    includeHidden: true,
  });
  await expect(slip).toHaveCount(1);
  await expect(slip).toBeHidden();
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Issue a permit" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: "print" });
  await expect(slipFor(page, "SLP101")).toBeVisible();
  await expect(slip).toContainText("Parking permit");
  await expect(slip).toContainText("SLP101");
  await expect(slip).toContainText("Lot 4");
  // On the site's clock (Toronto), not the browser's (Tokyo).
  await expect(slip).toContainText(/Valid (on|from) \w+day, .+ until .+ E[DS]T/);
  await expect(slip).toContainText("$14.50");
  await expect(slip).toContainText("G-2231");
  await expect(slip).toContainText(reference);
  const qrCode = slip.getByRole("img", { name: `QR code of the reference ${reference}` });
  await expect(qrCode).toBeVisible();
  expect(await qrCode.evaluate((element) => element.tagName.toLowerCase())).toBe("svg");

  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("heading", { name: "Issue a permit" })).toBeHidden();
  await expect(page.getByLabel("Licence plate")).toBeHidden();
  await expect(page.getByRole("region", { name: "Permit issued" })).toBeHidden();
  await expect(page.getByText("Demo — permits are not sent to OPSCOM")).toBeHidden();
});

test("Each slip's QR code is drawn from its own reference", async ({ page }) => {
  await page.goto("/");
  const qrCodeOf = async (plate: string) => {
    // Emulated print media takes focus off the hidden plate field; a real print leaves it there.
    await fillPermit(page, { plate });
    await page.keyboard.press("Enter");
    const reference = await issuedReference(page, plate);
    await page.emulateMedia({ media: "print" });
    const qrCode = slipFor(page, plate).getByRole("img", {
      name: `QR code of the reference ${reference}`,
    });
    await expect(qrCode).toBeVisible();
    const drawing = await qrCode.innerHTML();
    await page.emulateMedia({ media: "screen" });
    return drawing;
  };

  const first = await qrCodeOf("QRA1");
  const second = await qrCodeOf("QRB2");
  expect(first).toContain("<path");
  expect(second).not.toBe(first);
});

test("The Print slip button opens the browser's print", async ({ page }) => {
  let prints = 0;
  // Stands in for window.print, whose dialog a test cannot drive.
  await page.exposeFunction("print", () => {
    prints += 1;
  });
  await page.goto("/");
  await page.keyboard.type("prn 7");
  await page.keyboard.press("Enter");
  await issuedReference(page, "PRN7");
  expect(prints).toBe(0);

  await page.getByRole("button", { name: "Print slip (Ctrl+P)" }).click();
  await expect.poll(() => prints).toBe(1);
});

test("Une commis imprime la fiche en français, sur l'horloge du site", async ({ page }) => {
  await page.addInitScript({ content: 'localStorage.setItem("permit-desk.locale", "fr-CA")' });
  await page.goto("/");
  await page.keyboard.type("fra 12");
  await page.keyboard.press("Enter");
  const issued = page.getByRole("region", { name: "Permis émis" });
  await expect(issued.getByText(REFERENCE_PATTERN)).toBeVisible();
  await expect(issued.getByRole("button", { name: "Imprimer la fiche (Ctrl+P)" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: "print" });
  const slip = page.getByRole("article", { name: "Fiche du permis de stationnement de FRA12" });
  await expect(slip).toContainText("Permis de stationnement");
  await expect(slip).toContainText(/Valide (le|du) \p{L}+ \d+ .+ à .+ H[AN]E/u);
  await expect(slip.getByRole("img", { name: /^Code QR de la référence / })).toBeVisible();
});

test("Nothing prints as a slip before a permit is issued", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByLabel("Licence plate")).toBeFocused();
  await expect(page.getByRole("article", { includeHidden: true })).toHaveCount(0);
});
