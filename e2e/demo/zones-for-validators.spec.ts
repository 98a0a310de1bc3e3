import { expect, test } from "@playwright/test";
import { REFERENCE_PATTERN } from "../support/permit-form.ts";
import { E2E_PORTS } from "../support/ports.ts";
import { pageSignedInAs, STAFF_PASSWORD, uniqueUsername } from "../support/staff.ts";

test("A validator only sees the zones assigned to them and cannot issue elsewhere", async ({
  page,
  browser,
}) => {
  const username = uniqueUsername("val");
  await page.goto("/users");
  const form = page.getByRole("form", { name: "Add a user" });
  await form.getByLabel("Name", { exact: true }).fill("Vic Validator");
  await form.getByLabel("Username").fill(username);
  await form.getByLabel("Role").selectOption("validator");
  await form.getByLabel("Password", { exact: true }).fill(STAFF_PASSWORD);
  await form.getByRole("checkbox", { name: "Lot 5" }).check();
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByRole("listitem", { name: "Vic Validator" }).first()).toContainText(
    "Validator · Lot 5",
  );

  const validator = await pageSignedInAs(browser, `http://127.0.0.1:${E2E_PORTS.demo}`, {
    username,
    password: STAFF_PASSWORD,
  });
  await validator.goto("/");
  await expect(validator.getByRole("banner")).toContainText("Vic Validator (Validator)");
  await expect(validator.getByRole("link", { name: "Users" })).toHaveCount(0);
  await expect(validator.getByLabel("Zone").locator("option")).toHaveText(["Lot 5"]);

  // Whatever the request says, the BFF refuses a zone that is not theirs, and the form says why.
  await validator.route("**/api/permits", async (route) => {
    const draft = JSON.parse(route.request().postData() ?? "{}");
    await route.continue({ postData: JSON.stringify({ ...draft, zone: "Lot 4" }) });
  });
  await validator.getByLabel("Licence plate").fill("VAL 404");
  await validator.getByLabel("Licence plate").press("Enter");
  const refusal = validator.getByRole("alert").filter({ hasText: "not allowed" });
  await expect(refusal).toContainText("You are not allowed to issue this permit");
  await expect(validator.getByRole("region", { name: "Permit issued" })).toHaveCount(0);

  await validator.unroute("**/api/permits");
  await validator.getByLabel("Licence plate").press("Enter");
  await expect(
    validator.getByRole("region", { name: "Permit issued" }).getByText(REFERENCE_PATTERN),
  ).toBeVisible();
  await validator.context().close();
});
