import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe.ts";
import { issuePermitThroughApi, uniquePlate } from "../support/history.ts";
import { ADMIN, STAFF_PASSWORD, uniqueUsername } from "../support/staff.ts";

test("An administrator adds a zone and a user, and the audit trail shows both", async ({
  page,
}) => {
  const zone = `Staff Lot ${Date.now().toString(36)}`;
  const username = uniqueUsername("mgr");

  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Zones" }).click();
  await expect(page.getByRole("heading", { name: "Zones" })).toBeVisible();
  await page.getByLabel("Zone name").fill(zone);
  await page.getByLabel("Zone name").press("Enter");
  const zoneRow = page.getByRole("row", { name: zone });
  await expect(zoneRow).toContainText("Active");
  await expectNoAxeViolations(page);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
  const form = page.getByRole("form", { name: "Add a user" });
  await form.getByLabel("Name", { exact: true }).fill("Mo Manager");
  await form.getByLabel("Username").fill(username);
  await form.getByLabel("Role").selectOption("manager");
  await form.getByLabel("Password", { exact: true }).fill(STAFF_PASSWORD);
  await form.getByRole("checkbox", { name: zone }).check();
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByRole("status")).toContainText(`can now sign in as ${username}`);
  const manager = page.getByRole("listitem", { name: "Mo Manager" }).filter({ hasText: username });
  await expect(manager).toContainText(`Manager · ${zone}`);
  await expectNoAxeViolations(page);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit" }).click();
  await expect(page.getByRole("heading", { name: "Audit trail" })).toBeVisible();
  await page
    .getByLabel("Staff member")
    .selectOption({ label: `${ADMIN.displayName} (${ADMIN.username})` });
  await page.getByRole("button", { name: "Filter" }).click();
  const events = page.getByRole("list", { name: "Audit events" });
  await expect(
    events
      .getByRole("listitem")
      .filter({ hasText: `→ ${zone}` })
      .first(),
  ).toBeVisible();
  await expect(
    events
      .getByRole("listitem")
      .filter({ hasText: `→ ${username}` })
      .first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test("Everyone can change their own password, and a wrong current password is refused", async ({
  page,
}) => {
  await page.goto("/password");
  await expect(page.getByRole("heading", { name: "Change my password" })).toBeVisible();
  await page.getByLabel("Current password").fill("not my password at all");
  await page.getByLabel("New password").fill("a brand new passphrase 9");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("alert").first()).toBeVisible();
  // Still signed in: the refusal is about the password, not the session.
  await page.getByRole("button", { name: /\(Administrator\)/ }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
});

test("Saving a validator without a zone is allowed, with a warning that they cannot issue yet", async ({
  page,
}) => {
  const username = uniqueUsername("nozone");
  const warning = "They will not be able to issue until you give them a zone.";
  await page.goto("/users");
  const form = page.getByRole("form", { name: "Add a user" });
  await form.getByLabel("Name", { exact: true }).fill("Nia Nozone");
  await form.getByLabel("Username").fill(username);
  await form.getByLabel("Role").selectOption("validator");
  await form.getByLabel("Password", { exact: true }).fill(STAFF_PASSWORD);
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByRole("status")).toContainText(`can now sign in as ${username}`);
  await expect(form.getByRole("status")).toContainText(warning);

  const card = page.getByRole("listitem", { name: "Nia Nozone" }).filter({ hasText: username });
  await card.getByRole("button", { name: "Edit" }).click();
  await card.getByRole("button", { name: "Save changes" }).click();
  await expect(card.getByRole("status")).toHaveText(`Nia Nozone's changes are saved.${warning}`);
  await expectNoAxeViolations(page);

  await card.getByRole("button", { name: "Edit" }).click();
  await card.getByRole("checkbox", { name: "Lot 4" }).check();
  await card.getByRole("button", { name: "Save changes" }).click();
  await expect(card.getByRole("status")).toHaveText("Nia Nozone's changes are saved.");
  await expect(card).toContainText("Validator · Lot 4");
});

test("The audit trail reads in French, Permit Desk's own acts and the recorded fields in words", async ({
  page,
  request,
}) => {
  const permit = await issuePermitThroughApi(request, {
    plate: uniquePlate("AUDFR"),
    zone: "Lot 4",
  });
  await page.goto("/audit");
  await page.evaluate('localStorage.setItem("permit-desk.locale", "fr-CA")');
  await page.reload();
  await expect(page.getByRole("heading", { name: "Journal d'audit" })).toBeVisible();
  const events = page.getByRole("list", { name: "Événements d'audit" });

  await page.getByLabel("Action").selectOption({ label: "Permis soumis" });
  await page.getByRole("button", { name: "Filtrer" }).click();
  const issued = events.getByRole("listitem").filter({ hasText: permit.journalId }).first();
  await expect(issued).toContainText(`Permis émis · Permis ${permit.journalId}`);
  await expect(issued).toContainText(`Entrée du journal : ${permit.journalId}`);
  await expect(issued).toContainText("Résultat : Émission confirmée");
  await expect(events).not.toContainText(/journalId|outcome|issued/);

  await page.getByLabel("Action").selectOption({ label: "Zone ajoutée" });
  await page.getByRole("button", { name: "Filtrer" }).click();
  const seeded = events.getByRole("listitem").filter({ hasText: "Le paramètre ZONES" }).first();
  await expect(seeded).toContainText("Zone ajoutée · Zone ");
  await expect(seeded).toContainText("En usage : (aucun) → oui");
  await expectNoAxeViolations(page);
});
