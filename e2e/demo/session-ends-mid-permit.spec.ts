import { expect, test } from "@playwright/test";
import { REFERENCE_PATTERN } from "../support/permit-form.ts";
import { E2E_PORTS } from "../support/ports.ts";
import { pageSignedInAs, STAFF_PASSWORD, uniqueUsername } from "../support/staff.ts";

test("A clerk whose session ends mid-permit signs in again over the form and keeps what they typed", async ({
  page,
  browser,
}) => {
  const username = uniqueUsername("clerk");
  const created = await page.request.post("/api/users", {
    data: {
      username,
      displayName: "Cleo Clerk",
      role: "validator",
      zones: ["Lot 4"],
      password: STAFF_PASSWORD,
    },
  });
  expect(created.status(), await created.text()).toBe(201);

  const clerk = await pageSignedInAs(browser, `http://127.0.0.1:${E2E_PORTS.demo}`, {
    username,
    password: STAFF_PASSWORD,
  });
  await clerk.goto("/");
  await clerk.getByLabel("Licence plate").fill("END 123");
  // Ended elsewhere (as an administrator would), while the form is open.
  const ended = await clerk.request.delete("/api/session", {
    headers: { "Content-Type": "application/json" },
  });
  expect(ended.ok(), await ended.text()).toBe(true);
  await clerk.getByLabel("Licence plate").press("Enter");

  await expect(clerk.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(clerk.getByText("Your session has ended.")).toBeVisible();
  await expect(clerk.getByLabel("Username")).toBeFocused();
  await clerk.keyboard.type(username);
  await clerk.getByLabel("Password").fill(STAFF_PASSWORD);
  await clerk.getByLabel("Password").press("Enter");

  // Back where they were: the plate has focus and what was typed, and Enter issues.
  await expect(clerk.getByLabel("Licence plate")).toBeFocused();
  await expect(clerk.getByLabel("Licence plate")).toHaveValue("END 123");
  await clerk.keyboard.press("Enter");
  const issued = clerk.getByRole("region", { name: "Permit issued" });
  await expect(issued.getByText(REFERENCE_PATTERN)).toBeVisible();
  await expect(issued).toContainText("END123");
  await clerk.context().close();
});
