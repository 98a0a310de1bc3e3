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
  await expect(page.getByRole("status").filter({ hasText: `${zone} is added.` })).toBeVisible();
  await expectNoAxeViolations(page);

  // Opening Rename moves no column.
  const statusHeader = page.getByRole("columnheader", { name: "Status" });
  const before = await statusHeader.boundingBox();
  await zoneRow.getByRole("button", { name: `Rename ${zone}` }).click();
  await expect(page.getByLabel(`New name for ${zone}`)).toBeFocused();
  expect(await statusHeader.boundingBox()).toEqual(before);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Cancel" }).click();

  // The same name again is refused; a new mistake then replaces that refusal.
  await page.getByLabel("Zone name").fill(zone);
  await page.getByLabel("Zone name").press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "The zone was not added" })).toBeVisible();
  await expect(page.getByText(`${zone} is added.`)).toHaveCount(0);
  await page.getByLabel("Zone name").fill("");
  await page.getByLabel("Zone name").press("Enter");
  await expect(page.getByLabel("Zone name")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("alert")).toHaveCount(1);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
  const form = page.getByRole("form", { name: "Add a user" });
  await form.getByLabel("Name", { exact: true }).fill("Mo Manager");
  await form.getByLabel("Username").fill(username);
  await form.getByLabel("Role").selectOption("manager");
  await form.getByLabel("Password", { exact: true }).fill("password1234");
  await form.getByRole("button", { name: "Add user" }).click();
  // A common password is refused at the password field, not above the form.
  await expect(form.getByLabel("Password", { exact: true })).toHaveAccessibleDescription(
    /one of the most common ones/,
  );
  await expect(form.getByLabel("Password", { exact: true })).toBeFocused();
  await expect(form.getByRole("alert")).toHaveCount(1);
  await form.getByLabel("Password", { exact: true }).fill(STAFF_PASSWORD);
  await form.getByRole("checkbox", { name: zone }).check();
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByRole("status")).toContainText(`can now sign in as ${username}`);
  const manager = page.getByRole("listitem", { name: "Mo Manager" }).filter({ hasText: username });
  await expect(manager).toContainText(`Manager · ${zone}`);
  await expect(manager.getByRole("button", { name: "Disable" })).toBeVisible();
  // The administrator is not offered to disable their own account, which the server refuses.
  const me = page
    .getByRole("listitem", { name: ADMIN.displayName })
    .filter({ hasText: ADMIN.username });
  await expect(me.getByRole("button", { name: "Disable" })).toHaveCount(0);
  await expect(me).toContainText("another administrator can disable this account");
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
  // Said at the field it is about, and only there.
  await expect(page.getByLabel("Current password")).toHaveAccessibleDescription(
    /Your current password is not right\./,
  );
  await expect(page.getByLabel("Current password")).toBeFocused();
  await expect(page.getByRole("alert")).toHaveCount(1);
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
  const plate = uniquePlate("AUDFR");
  const permit = await issuePermitThroughApi(request, { plate, zone: "Lot 4" });
  await page.goto("/audit");
  await page.evaluate('localStorage.setItem("permit-desk.locale", "fr-CA")');
  await page.reload();
  await expect(page.getByRole("heading", { name: "Journal d'audit" })).toBeVisible();
  const events = page.getByRole("list", { name: "Événements d'audit" });

  await page.getByLabel("Action").selectOption({ label: "Permis émis" });
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/\/audit\?action=permit\.issue$/);
  // The filtered trail is an address: reloaded, it is the same view.
  await page.reload();
  await expect(page.getByLabel("Action")).toHaveValue("permit.issue");
  const issued = events.getByRole("listitem").filter({ hasText: plate }).first();
  await expect(issued).toContainText(`Permis émis · Permis ${plate} · Lot 4`);
  await expect(issued).toContainText(`Entrée du journal : ${permit.journalId}`);
  await expect(issued).toContainText("Résultat : Émission confirmée");
  await expect(events).not.toContainText(/journalId|outcome|issued/);
  await expect(issued.getByRole("link", { name: "Lot 4" })).toHaveAttribute("href", "/zones");
  await expectNoAxeViolations(page);
  await issued.getByRole("link", { name: plate }).click();
  await expect(page).toHaveURL(`/history/${permit.journalId}`);
  await page.goBack();
  await expect(page.getByLabel("Action")).toHaveValue("permit.issue");

  await page.getByLabel("Action").selectOption({ label: "Zone ajoutée" });
  await page.getByRole("button", { name: "Filtrer" }).click();
  const seeded = events.getByRole("listitem").filter({ hasText: "Le paramètre ZONES" }).first();
  await expect(seeded).toContainText("Zone ajoutée · Zone ");
  await expect(seeded).toContainText("En usage : (aucun) → oui");
  await expectNoAxeViolations(page);
});
