import { join } from "node:path";
import { type Browser, expect, type Page, request } from "@playwright/test";

/** The first administrator the setup project creates on each BFF's fresh database. */
export const ADMIN = {
  displayName: "Ada Okafor",
  username: "ada",
  password: "plum lantern orbit 7421",
};

/** Where the setup project leaves the administrator's signed-in browser state for the stories. */
export const ADMIN_STATE = {
  demo: join(".cache", "e2e", "demo-admin.json"),
  live: join(".cache", "e2e", "live-admin.json"),
};

/** A password good enough for the BFF's policy, for staff the stories create. */
export const STAFF_PASSWORD = "quiet meadow tram 5518";

/** A browser context with no session at all, as a stranger's. */
export const SIGNED_OUT = { cookies: [], origins: [] };

/** A username no other story or earlier run has used. */
export function uniqueUsername(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

/** Creates the first administrator through the first-run screen, as a newcomer would. */
export async function createFirstAdministrator(page: Page) {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Create the first administrator" })).toBeVisible();
  await expect(page.getByLabel("Your name")).toBeFocused();
  await page.keyboard.type(ADMIN.displayName);
  await page.getByLabel("Username").fill(ADMIN.username);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Issue a permit" })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText(`${ADMIN.displayName} (Administrator)`);
}

/** A page signed in as this member through the sign-in route, for stories about other staff. */
export async function pageSignedInAs(
  browser: Browser,
  baseURL: string,
  credentials: { username: string; password: string },
): Promise<Page> {
  const api = await request.newContext({ baseURL });
  const response = await api.post("/api/session", { data: credentials });
  expect(response.status(), await response.text()).toBe(200);
  const storageState = await api.storageState();
  await api.dispose();
  const context = await browser.newContext({ baseURL, storageState });
  return context.newPage();
}
