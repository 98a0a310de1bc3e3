import { expect, type Page, test } from "@playwright/test";
import { readManifest, SCREENS, screenFiles } from "../../scripts/check-bundle-size.mjs";
import { ADMIN, SIGNED_OUT } from "../support/staff.ts";

// Which files each screen needs, from the build these stories run against.
function screenOf(name: string) {
  const screen = SCREENS.find((candidate) => candidate.name.startsWith(name));
  if (screen === undefined) throw new Error(`No screen named ${name}.`);
  return screen;
}

function pageFiles(name: string): string[] {
  return screenFiles(readManifest(), screenOf(name).page).scripts.map((file) => `/${file}`);
}

/** The Issue page's own chunk. */
function issuePageFile(): string {
  const file = readManifest()[screenOf("Issue permit").page]?.file;
  if (file === undefined) throw new Error("The build has no Issue page chunk.");
  return `/${file}`;
}

/** The paths of the scripts the page has asked for so far. */
function scriptsRequested(page: Page): Set<string> {
  const paths = new Set<string>();
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.endsWith(".js")) paths.add(pathname);
  });
  return paths;
}

/** The Issue page's own code: what it loads and the sign-in page does not. */
function signedInOnly(): string[] {
  const signIn = new Set(pageFiles("Sign-in"));
  return pageFiles("Issue permit").filter((file) => !signIn.has(file));
}

test.describe("signed out", () => {
  test.use({ storageState: SIGNED_OUT });

  test("The sign-in page downloads none of the Issue page's code until someone signs in", async ({
    page,
  }) => {
    const requested = scriptsRequested(page);
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await expect(page.getByLabel("Username")).toBeFocused();
    await page.waitForLoadState("networkidle");
    expect(signedInOnly().length).toBeGreaterThan(0);
    for (const file of pageFiles("Sign-in")) expect(requested).toContain(file);
    expect(signedInOnly().filter((file) => requested.has(file))).toEqual([]);

    await page.getByLabel("Username").fill(ADMIN.username);
    await page.getByLabel("Password").fill(ADMIN.password);
    await page.getByLabel("Password").press("Enter");
    // An administrator starts from the day at a glance; the form is a click away.
    await expect(page.getByRole("heading", { name: "The day at a glance" })).toBeVisible();
    await page.getByRole("link", { name: "Issue permit" }).click();
    await expect(page.getByRole("heading", { name: "Issue a permit" })).toBeVisible();
    await expect(page.getByLabel("Zone")).toBeVisible();
    expect(requested).toContain(issuePageFile());
  });

  test("The first-run page downloads none of the Issue page's code", async ({ page }) => {
    // This desk has its administrator already: the first-run screen is shown as a fresh one shows it.
    await page.route("**/api/setup", (route) =>
      route.request().method() === "GET"
        ? route.fulfill({ json: { needsFirstAdmin: true } })
        : route.continue(),
    );
    const requested = scriptsRequested(page);
    await page.goto("/");
    await expect(
      page.getByRole("heading", { name: "Create the first administrator" }),
    ).toBeVisible();
    await page.waitForLoadState("networkidle");
    for (const file of pageFiles("First run")) expect(requested).toContain(file);
    expect(signedInOnly().filter((file) => requested.has(file))).toEqual([]);
  });
});

test("A browser signed in on its last visit fetches the Issue page's code alongside the session check", async ({
  page,
}) => {
  // The session's answer is held until the page's code has been asked for: were that code
  // fetched only once the session is known, the page would never show.
  const issuePageAsked = page.waitForRequest((request) => request.url().endsWith(issuePageFile()));
  await page.route("**/api/session", async (route) => {
    if (route.request().method() === "GET") await issuePageAsked;
    await route.continue();
  });
  await page.goto("/");
  await expect(page.getByLabel("Licence plate")).toBeFocused();
  await expect(page.getByLabel("Zone")).toBeVisible();
});
