import { expect, test } from "@playwright/test";
import { uniquePlate } from "../support/history.ts";
import { fillPermit } from "../support/permit-form.ts";

test("A permit number pasted with an invisible control character is refused beside the field, in English and in French, and issues once retyped", async ({
  page,
}) => {
  await page.goto("/");
  const plate = uniquePlate("CTRL");
  // What a copy from a spreadsheet or a badly encoded e-mail can carry along.
  await fillPermit(page, { plate, zone: "Lot 4", permitNo: "L4-\u000112" });
  await page.getByLabel("Permit number").press("Enter");
  await expect(
    page.getByText(
      "This has a character Permit Desk does not accept, such as an invisible control character. Retype it.",
    ),
  ).toBeVisible();
  await expect(page.getByLabel("Permit number")).toHaveAttribute("aria-invalid", "true");
  // The field says it; the API's wording, which names the field as JSON does, is not shown.
  await expect(page.getByText('The field "permitNo"')).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Permit issued" })).toHaveCount(0);

  await page
    .getByRole("group", { name: "Language" })
    .getByRole("button", { name: "Français" })
    .click();
  await page.getByLabel("Numéro de permis").fill("L4-\u000112");
  await page.getByLabel("Numéro de permis").press("Enter");
  await expect(
    page.getByText(
      "Ce champ contient un caractère que Permit Desk n'accepte pas, comme un caractère de contrôle invisible. Retapez-le.",
    ),
  ).toBeVisible();

  await page.getByLabel("Numéro de permis").fill("L4-12");
  await page.getByLabel("Numéro de permis").press("Enter");
  await expect(page.getByRole("region", { name: "Permis émis" })).toContainText(plate);
});
