import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe.ts";
import { issuePermitThroughApi, uniquePlate } from "../support/history.ts";
import { SIGNED_OUT } from "../support/staff.ts";

type Heading = { en: string; fr: string | RegExp };

/** Every page an administrator reaches, by its main heading in each language. */
function adminPages(recordPath: string): ReadonlyArray<readonly [path: string, heading: Heading]> {
  return [
    // The form's own words are translated with the form; the page is scanned in both languages.
    ["/", { en: "Issue a permit", fr: /^(Émettre un permis|Issue a permit)$/ }],
    ["/today", { en: "The day at a glance", fr: "La journée en un coup d'œil" }],
    ["/history", { en: "Permit history", fr: "Historique des permis" }],
    [recordPath, { en: "Permit record", fr: "Dossier du permis" }],
    ["/lists", { en: "Issue from a list", fr: "Émettre depuis une liste" }],
    ["/users", { en: "Users", fr: "Utilisateurs" }],
    ["/zones", { en: "Zones", fr: "Zones" }],
    ["/audit", { en: "Audit trail", fr: "Journal d'audit" }],
    ["/status", { en: "Status", fr: "État" }],
    ["/password", { en: "Change my password", fr: "Changer mon mot de passe" }],
  ];
}

function languageSwitch(page: Page) {
  return page.getByRole("group", { name: /^(Language|Langue)$/ });
}

/** Switches through the header, as a person would, and checks the page follows at once. */
async function switchTo(page: Page, language: "English" | "Français") {
  await languageSwitch(page).getByRole("button", { name: language }).click();
  await expect(languageSwitch(page).getByRole("button", { name: language })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(page.locator("html")).toHaveAttribute(
    "lang",
    language === "English" ? "en-CA" : "fr-CA",
  );
}

/** The page has settled once its heading shows and nothing on it still says it is loading. */
async function expectSettledPage(page: Page, heading: string | RegExp) {
  await expect(page.getByRole("heading", { level: 1, name: heading, exact: true })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /Loading|Chargement/ })).toHaveCount(0);
}

/**
 * Headings go down one level at a time, as a screen reader's list of them is read: axe's rule
 * for it is a best practice, outside the WCAG rules every page is scanned with.
 */
async function expectHeadingsInOrder(page: Page) {
  const results = await new AxeBuilder({ page }).withRules(["heading-order"]).analyze();
  expect(results.violations.flatMap(({ nodes }) => nodes.map((node) => node.target))).toEqual([]);
}

test("An administrator reads every page in English and in French, and the choice outlives a reload", async ({
  page,
  request,
}) => {
  // Every page, twice, each with a full axe scan: on a busy 2-core machine that nears the
  // default 30 s, so it gets the slow allowance rather than a flaky verdict.
  test.slow();
  const permit = await issuePermitThroughApi(request, {
    plate: uniquePlate("LANG"),
    zone: "Lot 4",
  });
  const pages = adminPages(`/history/${encodeURIComponent(permit.journalId)}`);

  for (const [path, heading] of pages) {
    await page.goto(path);
    await expectSettledPage(page, heading.en);
    await expectNoAxeViolations(page);
    await expectHeadingsInOrder(page);
  }

  await switchTo(page, "Français");
  await expect(
    page.getByRole("heading", { level: 1, name: "Changer mon mot de passe" }),
  ).toBeVisible();
  await expect(page.getByLabel("Mot de passe actuel")).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole("heading", { level: 1, name: "Changer mon mot de passe" }),
  ).toBeVisible();
  await expect(languageSwitch(page).getByRole("button", { name: "Français" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );

  const nav = page.getByRole("navigation", { name: "Principale" });
  await expect(nav.getByRole("link", { name: "Historique" })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText("(Administrateur)");
  await page.getByRole("button", { name: /\(Administrateur\)/ }).click();
  await expect(page.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
  await page.keyboard.press("Escape");

  for (const [path, heading] of pages) {
    await page.goto(path);
    await expectSettledPage(page, heading.fr);
    await expectNoAxeViolations(page);
    await expectHeadingsInOrder(page);
  }

  await page.goto("/history");
  await expect(page.getByRole("heading", { level: 2, name: "Soumissions" })).toBeVisible();
  await expect(
    page.getByRole("table", { name: "Soumissions de permis, les plus récentes d'abord" }),
  ).toBeVisible();
  await page.goto(`/history/${encodeURIComponent(permit.journalId)}`);
  await expect(page.getByRole("heading", { level: 2, name: "Réponse d'OPSCOM" })).toBeVisible();
  await expect(page.getByText("OPSCOM a émis ce permis.")).toBeVisible();
  await page.goto("/users");
  await expect(
    page.getByRole("heading", { level: 2, name: "Ajouter un utilisateur" }),
  ).toBeVisible();
  // The staff list is scanned with its cards in it: the administrator's own at least.
  await expect(page.getByRole("heading", { level: 2, name: "Personnel" })).toBeVisible();
  await expect(
    page.getByRole("list", { name: "Personnel" }).getByRole("heading", { level: 3 }).first(),
  ).toBeVisible();
  await page.goto("/zones");
  await expect(page.getByRole("heading", { level: 2, name: "Ajouter une zone" })).toBeVisible();

  await switchTo(page, "English");
  await expect(page.getByRole("heading", { level: 2, name: "Add a zone" })).toBeVisible();
});

test("Sign-in and the first-run screen read in both languages", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, storageState: SIGNED_OUT });
  const page = await context.newPage();

  await page.goto("/");
  await expectSettledPage(page, "Sign in");
  await expect(page.getByLabel("Username")).toBeFocused();
  await expectNoAxeViolations(page);
  await switchTo(page, "Français");
  await expectSettledPage(page, "Connexion");
  await expect(page.getByLabel("Nom d'utilisateur")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByText("Entrez votre nom d'utilisateur.")).toBeVisible();
  await page.reload();
  await expectSettledPage(page, "Connexion");

  // This desk has its administrator already: the first-run screen is shown as a fresh one shows it.
  await page.route("**/api/setup", (route) =>
    route.request().method() === "GET"
      ? route.fulfill({ json: { needsFirstAdmin: true } })
      : route.continue(),
  );
  await page.reload();
  await expectSettledPage(page, "Créer le premier administrateur");
  await expect(page.getByLabel("Votre nom")).toBeFocused();
  await expectNoAxeViolations(page);
  await switchTo(page, "English");
  await expectSettledPage(page, "Create the first administrator");
  await expectNoAxeViolations(page);
  await context.close();
});
