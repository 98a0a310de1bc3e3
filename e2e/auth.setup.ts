import { expect, test as setup } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe.ts";
import { REFERENCE_PATTERN } from "./support/permit-form.ts";
import { E2E_PORTS } from "./support/ports.ts";
import { ADMIN_STATE, createFirstAdministrator, SIGNED_OUT } from "./support/staff.ts";

// Each BFF starts on an empty database: its first screen creates the first administrator, whose
// session every story of that BFF then reuses. Nobody else signs in through the UI as them.

setup(
  "A newcomer creates the first administrator and issues a demo permit",
  async ({ browser }) => {
    const context = await browser.newContext({
      baseURL: `http://127.0.0.1:${E2E_PORTS.demo}`,
      storageState: SIGNED_OUT,
    });
    const page = await context.newPage();
    await page.goto("/");
    await expect(
      page.getByRole("heading", { name: "Create the first administrator" }),
    ).toBeVisible();
    await expect(page.getByRole("banner")).toContainText("Demo — permits are not sent to OPSCOM");
    await expectNoAxeViolations(page);
    await createFirstAdministrator(page);

    await expect(page.getByText("Demo — permits are not sent to OPSCOM")).toBeVisible();
    await expect(page.getByLabel("Licence plate")).toBeFocused();
    await page.keyboard.type("new 001");
    await page.keyboard.press("Enter");
    const issued = page.getByRole("region", { name: "Permit issued" });
    await expect(issued.getByText(REFERENCE_PATTERN)).toBeVisible();
    await expect(issued).toContainText("NEW001");

    await page.reload();
    await expect(page.getByRole("heading", { name: "Issue a permit" })).toBeVisible();
    await context.storageState({ path: ADMIN_STATE.demo });
    await context.close();
  },
);

setup("The live desk's first administrator is created on its first screen", async ({ browser }) => {
  const context = await browser.newContext({
    baseURL: `http://127.0.0.1:${E2E_PORTS.live}`,
    storageState: SIGNED_OUT,
  });
  const page = await context.newPage();
  await createFirstAdministrator(page);
  await expect(page.getByText("Demo — permits are not sent to OPSCOM")).toHaveCount(0);
  await context.storageState({ path: ADMIN_STATE.live });
  await context.close();
});
