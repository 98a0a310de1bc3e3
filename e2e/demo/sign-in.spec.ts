import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe.ts";
import { E2E_PORTS } from "../support/ports.ts";
import { ADMIN, pageSignedInAs, SIGNED_OUT, uniqueUsername } from "../support/staff.ts";

test.use({ storageState: SIGNED_OUT });

async function signIn(page: Page, username: string, password: string) {
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
  const answer = page.waitForResponse(
    (response) => response.url().endsWith("/api/session") && response.request().method() === "POST",
  );
  await page.getByLabel("Password").press("Enter");
  return (await answer).status();
}

test("Wrong passwords are refused without saying whether the user exists", async ({ page }) => {
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(page.getByLabel("Username")).toBeFocused();
  // Being signed out is what the session check answers, not a failed request.
  expect(consoleErrors).toEqual([]);
  await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  await expect(page.getByRole("banner")).toContainText("Demo — permits are not sent to OPSCOM");
  await expectNoAxeViolations(page);

  expect(await signIn(page, ADMIN.username, "not the right password")).toBe(401);
  const refusal = page.getByRole("alert");
  await expect(refusal).toHaveText("Wrong username or passwordCheck both, then try again.");
  const forRealUser = await refusal.textContent();
  await expect(page.getByLabel("Password")).toBeFocused();
  await expect(page.getByLabel("Password")).toHaveValue("");

  expect(await signIn(page, uniqueUsername("nobody"), "not the right password")).toBe(401);
  await expect(refusal).toHaveText(forRealUser ?? "");
  await expectNoAxeViolations(page);
});

test("Repeated wrong passwords for one account make the next sign-in wait, and the page says how long", async ({
  page,
}) => {
  const username = uniqueUsername("guess");
  await page.goto("/");
  let status = 401;
  for (let attempt = 0; attempt < 8 && status === 401; attempt += 1) {
    status = await signIn(page, username, "still not the password");
  }
  expect(status).toBe(429);
  await expect(page.getByRole("alert")).toContainText(
    /Too many failed sign-ins for this account\. Wait \d+ (second|seconds|minute|minutes), then try again\./,
  );

  // Refused unchecked: what was typed stays, to be sent again once the wait is over.
  await expect(page.getByLabel("Password")).toHaveValue("still not the password");
  await expect(page.getByLabel("Username")).toHaveValue(username);

  // A new mistake replaces the refusal: one message at a time, the latest.
  await page.getByLabel("Username").fill("");
  await page.getByLabel("Username").press("Enter");
  await expect(page.getByText("Too many failed sign-ins")).toHaveCount(0);
  await expect(page.getByLabel("Username")).toHaveAttribute("aria-invalid", "true");
});

test("An anonymous request to the API is refused and the app asks to sign in", async ({
  page,
  request,
}) => {
  expect((await request.get("/api/config")).status()).toBe(401);
  await page.goto("/history");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
});

test("Signing out ends the session on the server, not only in the page", async ({ browser }) => {
  // A session of its own: the one the other stories share stays open.
  const page = await pageSignedInAs(browser, `http://127.0.0.1:${E2E_PORTS.demo}`, ADMIN);
  await page.goto("/");
  const signOut = page.waitForResponse(
    (response) =>
      response.url().endsWith("/api/session") && response.request().method() === "DELETE",
  );
  await page.getByRole("button", { name: /\(Administrator\)/ }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  expect((await signOut).ok()).toBe(true);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  expect(await (await page.request.get("/api/session")).json()).toEqual({ user: null });
  await page.context().close();
});
