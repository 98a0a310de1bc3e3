import { templateListSchema } from "@permit-desk/schema";
import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe.ts";
import { E2E_PORTS } from "../support/ports.ts";
import { pageSignedInAs, STAFF_PASSWORD, uniqueUsername } from "../support/staff.ts";

function addTemplateForm(page: Page) {
  return page.getByRole("form", { name: "Add a template" });
}

async function templatesSeenBy(page: Page) {
  const response = await page.request.get("/api/templates");
  return templateListSchema.parse(await response.json()).templates;
}

/** How many templates the member can already apply: other stories may have added some. */
async function numberedCount(page: Page): Promise<number> {
  return (await templatesSeenBy(page)).filter((template) => template.number !== undefined).length;
}

async function templateIdNamed(page: Page, name: string): Promise<string> {
  const template = (await templatesSeenBy(page)).find((each) => each.name === name);
  if (template === undefined) throw new Error(`No template named ${name}.`);
  return template.id;
}

test("An administrator adds permit templates, sees them numbered, edits one and takes another out of use", async ({
  page,
}) => {
  await page.goto("/");
  const before = await numberedCount(page);
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Templates" })
    .click();
  await expect(page.getByRole("heading", { name: "Templates", level: 1 })).toBeVisible();

  const form = addTemplateForm(page);
  await form.getByLabel("Name", { exact: true }).fill("Guest 2 h");
  await form.getByLabel("Zone", { exact: true }).selectOption("Lot 4");
  await form.getByRole("radio", { name: "A number of hours" }).check();
  await form.getByLabel("Hours", { exact: true }).fill("2");
  await form.getByRole("radio", { name: "Free" }).check();
  await form.getByRole("button", { name: "Add template" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Guest 2 h" })).toHaveText(
    `Guest 2 h was added as number ${before + 1}.`,
  );
  const guest = page.getByRole("row", { name: /Guest 2 h/ });
  await expect(guest.getByRole("cell")).toHaveText([
    String(before + 1),
    "Lot 4",
    "2 hours",
    "Free",
    "None",
    "In use",
    /Edit/,
  ]);
  // The form is ready for the next one.
  await expect(form.getByLabel("Name", { exact: true })).toBeFocused();

  // A pattern with an unknown placeholder is refused beside the field, which takes focus.
  await form.getByLabel("Name", { exact: true }).fill("Overnight");
  await form.getByRole("radio", { name: "Until a time the next day" }).check();
  await form.getByLabel("Time the next day", { exact: true }).fill("09:00");
  // The rule for a start after midnight (decision 028) is said where the time is chosen.
  await expect(form.getByLabel("Time the next day", { exact: true })).toHaveAccessibleDescription(
    /Used after midnight, 6 hours or more before that time, it ends at that time the same day\./,
  );
  await form.getByRole("radio", { name: "Paid" }).check();
  await form.getByLabel("Amount", { exact: true }).fill("12.5");
  await form.getByLabel("Currency", { exact: true }).selectOption("CAD");
  const pattern = form.getByLabel("Permit-number pattern (optional)", { exact: true });
  await pattern.fill("L4-{date}-{plate}");
  await form.getByRole("button", { name: "Add template" }).click();
  await expect(pattern).toBeFocused();
  await expect(pattern).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByRole("alert")).toHaveText(/\{date\} is not a placeholder/);
  await expectNoAxeViolations(page);

  await pattern.fill("L4-{yyyy}{mm}{dd}-{plate}");
  await expect(form.getByText(/For plate ABC123 now: L4-\d{8}-ABC123/)).toBeVisible();
  await form.getByRole("button", { name: "Add template" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Overnight" })).toHaveText(
    `Overnight was added as number ${before + 2}.`,
  );
  const overnight = page.getByRole("row", { name: /Overnight/ });
  await expect(overnight).toContainText("Until 09:00 the next day");
  await expect(overnight).toContainText("$12.50");

  // Editing: the form opens with focus on the name, and focus comes back to the row after.
  await page.getByRole("button", { name: "Edit Guest 2 h" }).click();
  const edit = page.getByRole("form", { name: "Edit Guest 2 h" });
  await expect(edit.getByLabel("Name", { exact: true })).toBeFocused();
  await expect(edit.getByLabel("Hours", { exact: true })).toHaveValue("2");
  await edit.getByLabel("Permit-number pattern (optional)", { exact: true }).fill("G4-{plate}");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "saved" })).toHaveText(
    "Guest 2 h was saved.",
  );
  await expect(guest).toContainText("G4-{plate}");
  await expect(page.getByRole("button", { name: "Edit Guest 2 h" })).toBeFocused();

  await page.getByRole("button", { name: "Deactivate Overnight" }).click();
  await expect(overnight).toContainText("Out of use");
  await expect(overnight.getByRole("cell").first()).toHaveText("Not offered");
  await expect(page.getByRole("button", { name: "Reactivate Overnight" })).toBeVisible();
  await expect(guest.getByRole("cell").first()).toHaveText(String(before + 1));
  await expectNoAxeViolations(page);

  // The same page in Canadian French.
  // The language is remembered on the browser, so this context alone reads French.
  await page.evaluate('localStorage.setItem("permit-desk.locale", "fr-CA")');
  await page.reload();
  await expect(page.getByRole("heading", { name: "Modèles", level: 1 })).toBeVisible();
  await expect(page.getByRole("row", { name: /Guest 2 h/ })).toContainText("2 heures");
  await expect(page.getByRole("row", { name: /Overnight/ })).toContainText("Hors d'usage");
  await expectNoAxeViolations(page);
});

test("A manager manages the templates of their own zones only", async ({ page, browser }) => {
  const username = uniqueUsername("tplmgr");
  const lot4Name = `Lot 4 courier ${Date.now().toString(36)}`;
  const created = await page.request.post("/api/templates", {
    data: { name: lot4Name, zone: "Lot 4", duration: { kind: "endOfDay" } },
  });
  expect(created.status(), await created.text()).toBe(201);
  const madeUser = await page.request.post("/api/users", {
    data: {
      username,
      displayName: "Tam Manager",
      role: "manager",
      zones: ["Lot 5"],
      password: STAFF_PASSWORD,
    },
  });
  expect(madeUser.status(), await madeUser.text()).toBe(201);
  const lot4Id = await templateIdNamed(page, lot4Name);

  const manager = await pageSignedInAs(browser, `http://127.0.0.1:${E2E_PORTS.demo}`, {
    username,
    password: STAFF_PASSWORD,
  });
  await manager.goto("/");
  await manager
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Templates" })
    .click();
  await expect(manager.getByRole("heading", { name: "Templates", level: 1 })).toBeVisible();
  const before = await numberedCount(manager);
  await expect(manager.getByRole("row", { name: new RegExp(lot4Name) })).toHaveCount(0);
  const form = addTemplateForm(manager);
  await expect(form.getByLabel("Zone", { exact: true }).locator("option")).toHaveText(["Lot 5"]);
  await form.getByLabel("Name", { exact: true }).fill("Lot 5 visitor");
  await form.getByLabel("Hours", { exact: true }).fill("4");
  await form.getByRole("button", { name: "Add template" }).click();
  await expect(manager.getByRole("status").filter({ hasText: "Lot 5 visitor" })).toHaveText(
    `Lot 5 visitor was added as number ${before + 1}.`,
  );
  await expectNoAxeViolations(manager);

  // Whatever the request, the BFF refuses a change to another zone's template.
  const refused = await manager.request.patch(`/api/templates/${lot4Id}`, {
    data: { active: false },
  });
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toMatchObject({
    error: {
      code: "forbidden",
      reason: "template_zone_not_yours",
      params: { zone: "Lot 4" },
    },
  });
  const stillThere = await page.request.get("/api/templates");
  const { templates } = templateListSchema.parse(await stillThere.json());
  expect(templates.find((template) => template.id === lot4Id)?.active).toBe(true);
  await manager.context().close();
});

test("An administrator reorders templates from the keyboard, and hears where each one went", async ({
  page,
}) => {
  const stamp = Date.now().toString(36);
  const [first, second] = [`Early ${stamp}`, `Late ${stamp}`];
  for (const name of [first, second]) {
    const created = await page.request.post("/api/templates", {
      data: { name, zone: "Lot 4", duration: { kind: "hours", hours: 1 } },
    });
    expect(created.status(), await created.text()).toBe(201);
  }
  const count = (await templatesSeenBy(page)).length;
  await page.goto("/templates");
  await expect(page.getByText("Each member's numbers count only the templates")).toBeVisible();
  const rows = page.getByRole("row").filter({ hasText: stamp });
  await expect(rows).toHaveText([new RegExp(first), new RegExp(second)]);
  // The last template cannot go further down.
  await expect(page.getByRole("button", { name: `Move down ${second}` })).toBeDisabled();

  await page.getByRole("button", { name: `Move up ${second}` }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "moved" })).toHaveText(
    `${second} moved up: now ${count - 1} of ${count} in the list.`,
  );
  await expect(rows).toHaveText([new RegExp(second), new RegExp(first)]);
  await expect(page.getByRole("button", { name: `Move up ${second}` })).toBeFocused();
  const order = (await templatesSeenBy(page)).map((template) => template.name);
  expect(order.indexOf(second)).toBeLessThan(order.indexOf(first));

  // Back down to the end: focus moves to the button that can still act.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: `Move down ${second}` })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "moved" })).toHaveText(
    `${second} moved down: now ${count} of ${count} in the list.`,
  );
  await expect(rows).toHaveText([new RegExp(first), new RegExp(second)]);
  await expect(page.getByRole("button", { name: `Move up ${second}` })).toBeFocused();
  await expectNoAxeViolations(page);
});
