import { expect, type Locator, type Page, test } from "@playwright/test";
import { uniquePlate } from "../support/history.ts";
import { REFERENCE_PATTERN } from "../support/permit-form.ts";
import { E2E_PORTS } from "../support/ports.ts";
import { pageSignedInAs, STAFF_PASSWORD, uniqueUsername } from "../support/staff.ts";

const SIZES = {
  "1366×768": { width: 1366, height: 768 },
  "1024×768": { width: 1024, height: 768 },
};

const LANGUAGES = {
  English: {
    locale: "en-CA",
    issued: "Permit issued",
    copy: "Copy reference",
    print: /^Print slip/,
    undo: /^Undo this permit/,
    threeOfThree: "3 of 3 issued",
    voided: "Permit voided",
  },
  French: {
    locale: "fr-CA",
    issued: "Permis émis",
    copy: "Copier la référence",
    print: /^Imprimer la fiche/,
    undo: /^Révoquer ce permis/,
    threeOfThree: "3 sur 3 émis",
    voided: "Permis révoqué",
  },
};

/** The element's text is drawn, not cut short by its box: a clerk can read all it shows. */
async function expectReadable(element: Locator, what: string) {
  await expect(element, what).toBeVisible();
  const cut = await element.evaluate(
    (node) => node.scrollWidth > node.clientWidth || node.getBoundingClientRect().width < 8,
  );
  expect(cut, `${what}: cut short`).toBe(false);
}

/** The element is drawn whole inside the window, with nothing to scroll to reach it. */
async function expectOnScreen(page: Page, element: Locator, what: string) {
  await expect(element, what).toBeVisible();
  const box = await element.boundingBox();
  const viewport = page.viewportSize();
  expect(box, what).not.toBeNull();
  if (!box || !viewport) return;
  expect(box.y, `${what}: top`).toBeGreaterThanOrEqual(0);
  expect(box.x, `${what}: left`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${what}: bottom`).toBeLessThanOrEqual(viewport.height);
  expect(box.x + box.width, `${what}: right`).toBeLessThanOrEqual(viewport.width);
}

test("At 1366×768 and 1024×768, in English and in French, the form, the permit just issued and three permits at once fit the screen", async ({
  page,
  browser,
}) => {
  test.slow();
  // A zone of the story's own, so the desk sees one template: the story's.
  const zone = `Fit ${Date.now().toString(36)}`;
  const created = await page.request.post("/api/zones", { data: { name: zone } });
  expect(created.status(), await created.text()).toBe(201);
  const username = uniqueUsername("fit");
  const user = await page.request.post("/api/users", {
    data: {
      username,
      displayName: "Fay Fit",
      role: "validator",
      zones: [zone],
      password: STAFF_PASSWORD,
    },
  });
  expect(user.status(), await user.text()).toBe(201);
  const templateName = `Guest ${username.slice(-4)}`;
  const template = await page.request.post("/api/templates", {
    data: {
      name: templateName,
      zone,
      duration: { kind: "hours", hours: 4 },
      amount: "6.00",
      currency: "CAD",
    },
  });
  expect(template.status(), await template.text()).toBe(201);
  const desk = await pageSignedInAs(browser, `http://127.0.0.1:${E2E_PORTS.demo}`, {
    username,
    password: STAFF_PASSWORD,
  });
  await desk.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  // The browser's print dialog would wait for a person.
  await desk.addInitScript({ content: "window.print = () => undefined;" });

  for (const [languageName, language] of Object.entries(LANGUAGES)) {
    await desk.goto("/");
    await desk.evaluate(`localStorage.setItem("permit-desk.locale", "${language.locale}")`);
    for (const [sizeName, size] of Object.entries(SIZES)) {
      const at = `${sizeName}, ${languageName}`;
      await desk.setViewportSize(size);
      await desk.goto("/");
      const plate = desk.getByRole("textbox", {
        name: /^(Licence plate|Plaque d'immatriculation)$/,
      });
      await expect(plate).toBeFocused();
      await expect(desk.getByRole("combobox", { name: "Zone" })).toBeEnabled();
      const key = await desk
        .locator("label")
        .filter({ hasText: templateName })
        .locator("kbd")
        .textContent();
      const guest = uniquePlate("FIT");
      await desk.keyboard.type(guest.toLowerCase());
      await desk.keyboard.press(key ?? "");
      await expect(desk.getByRole("radio", { name: templateName })).toBeChecked();

      // The whole form, the Issue button included, with nothing to scroll.
      await expectOnScreen(desk, desk.locator("form"), `the form, ${at}`);
      await expectOnScreen(
        desk,
        desk.locator("form").getByRole("button", { name: /^(Issue permit|Émettre le permis)$/ }),
        `Issue, ${at}`,
      );

      // After issuing: the plate issued, its reference, Copy, Print, Undo and the empty plate.
      await desk.keyboard.press("Enter");
      const issued = desk.getByRole("region", { name: language.issued });
      await expect(issued.getByText(REFERENCE_PATTERN)).toBeVisible();
      await expectOnScreen(desk, issued, `the permit issued, ${at}`);
      await expectOnScreen(desk, issued.getByText(guest).first(), `the plate issued, ${at}`);
      await expectOnScreen(
        desk,
        issued.getByRole("button", { name: language.undo }),
        `Undo, ${at}`,
      );
      await expectOnScreen(
        desk,
        issued.getByRole("button", { name: language.print }),
        `Print, ${at}`,
      );
      await expect(plate).toHaveValue("");
      await expectOnScreen(desk, plate, `the empty plate, ${at}`);

      // Copy the reference, and the next plate typed goes to the plate field.
      await issued.getByRole("button", { name: language.copy }).click();
      await expect(plate).toBeFocused();
      const [first, second, third] = [uniquePlate("FA"), uniquePlate("FB"), uniquePlate("FC")];
      await desk.keyboard.type(`${first}, ${second}, ${third}`);
      await expect(plate).toHaveValue(`${first}, ${second}, ${third}`);
      await desk.keyboard.press("Enter");

      // Three at once: one line that sums them up, and one compact row each.
      await expectOnScreen(
        desk,
        desk.getByRole("heading", { name: language.threeOfThree }),
        `the summary, ${at}`,
      );
      const rows = desk.getByRole("region", { name: language.issued });
      await expect(rows).toHaveCount(3);
      for (const [index, typed] of [first, second, third].entries()) {
        const row = rows.nth(index);
        await expect(row).toContainText(typed);
        await expectOnScreen(desk, row, `row ${index + 1}, ${at}`);
        await expectOnScreen(
          desk,
          row.getByRole("button", { name: language.undo }),
          `row ${index + 1}'s Undo, ${at}`,
        );
        // Each plate and the start of its reference are there to read and compare.
        await expectReadable(
          row.locator("p").filter({ hasText: typed }).first(),
          `row ${index + 1}'s plate`,
        );
        const reference = row.locator("[title]").filter({ hasText: /^[0-9a-f]{8}…/ });
        await expectReadable(reference, `row ${index + 1}'s reference, ${at}`);
        await expectOnScreen(desk, reference, `row ${index + 1}'s reference, ${at}`);
        const whole = (await reference.getAttribute("title")) ?? "";
        expect(whole).toMatch(REFERENCE_PATTERN);
        expect(await reference.textContent()).toBe(`${whole.slice(0, 8)}…`);
      }
      await expectOnScreen(desk, plate, `the empty plate after three, ${at}`);

      // Print and Undo with the mouse leave the plate field ready for the next guest, never
      // another permit's Undo, where Enter would void it.
      await rows.nth(1).getByRole("button", { name: language.print }).click();
      await expect(plate).toBeFocused();
      await rows.first().getByRole("button", { name: language.undo }).click();
      await expect(desk.getByRole("region", { name: language.voided })).toContainText(first);
      await expect(plate).toBeFocused();
      await expect(desk.getByRole("button", { name: language.undo })).toHaveCount(2);
    }
  }
  await desk.context().close();
});

test("With nine templates, the whole form still fits at 1366×768 and 1024×768 in both languages, Alt+9 shows the ninth, and How long gains one choice at most", async ({
  page,
  browser,
}) => {
  test.slow();
  const zone = `Nine ${Date.now().toString(36)}`;
  const created = await page.request.post("/api/zones", { data: { name: zone } });
  expect(created.status(), await created.text()).toBe(201);
  const username = uniqueUsername("nine");
  const user = await page.request.post("/api/users", {
    data: {
      username,
      displayName: "Nia Nine",
      role: "validator",
      zones: [zone],
      password: STAFF_PASSWORD,
    },
  });
  expect(user.status(), await user.text()).toBe(201);
  for (let hours = 1; hours <= 9; hours += 1) {
    const template = await page.request.post("/api/templates", {
      data: {
        name: `Extra ${hours} hours stay`,
        zone,
        duration: { kind: "hours", hours: hours + 2 },
      },
    });
    expect(template.status(), await template.text()).toBe(201);
  }
  const desk = await pageSignedInAs(browser, `http://127.0.0.1:${E2E_PORTS.demo}`, {
    username,
    password: STAFF_PASSWORD,
  });
  for (const [languageName, language] of Object.entries(LANGUAGES)) {
    await desk.goto("/");
    await desk.evaluate(`localStorage.setItem("permit-desk.locale", "${language.locale}")`);
    for (const [sizeName, size] of Object.entries(SIZES)) {
      const at = `${sizeName}, ${languageName}`;
      await desk.setViewportSize(size);
      await desk.goto("/");
      await expect(desk.getByRole("combobox", { name: "Zone" })).toBeEnabled();
      const picker = desk.getByRole("group", { name: /^(Template|Modèle)$/ });
      await expect(picker.getByRole("radio")).toHaveCount(10);
      const howLong = desk.getByRole("group", { name: /^(How long|Durée)$/ });
      const before = await howLong.getByRole("radio").count();
      await desk.keyboard.type(uniquePlate("NINE").toLowerCase());
      await desk.keyboard.press("Alt+9");
      const ninth = picker.getByRole("radio", { name: "Extra 9 hours stay" });
      await expect(ninth).toBeChecked();
      await expectOnScreen(desk, ninth, `the ninth template, ${at}`);
      await expectOnScreen(desk, desk.locator("form"), `the form, ${at}`);
      await expectOnScreen(
        desk,
        desk.locator("form").getByRole("button", { name: /^(Issue permit|Émettre le permis)$/ }),
        `Issue, ${at}`,
      );
      // The applied template's own duration is offered, not every template's.
      await expect(howLong.getByRole("radio", { checked: true })).toHaveAccessibleName(
        /^(11 hours|11 heures)$/,
      );
      expect(await howLong.getByRole("radio").count(), at).toBeLessThanOrEqual(before + 1);
      await desk.keyboard.press("Alt+1");
      await expect(picker.getByRole("radio", { name: "Extra 1 hours stay" })).toBeChecked();
      await expectOnScreen(desk, picker.getByRole("radio", { checked: true }), `the first, ${at}`);
      await expect(howLong.getByRole("radio", { name: /^(11 hours|11 heures)$/ })).toHaveCount(0);
    }
  }
  await desk.context().close();
});

test("The header keeps to one row at the desk in both languages, and to one short row on a phone", async ({
  page,
}) => {
  for (const [locale, width] of [
    ["en-CA", 1366],
    ["fr-CA", 1366],
    ["fr-CA", 1280],
  ] as const) {
    await page.setViewportSize({ width, height: 768 });
    await page.goto("/");
    await page.evaluate(`localStorage.setItem("permit-desk.locale", "${locale}")`);
    await page.reload();
    const banner = page.getByRole("banner");
    const nav = page.getByRole("navigation");
    const language = page.getByRole("group", { name: /^(Language|Langue)$/ });
    // Every section an administrator has, whatever sections are added.
    await expect(nav.getByRole("link", { name: /^(Audit)$/ })).toBeVisible();
    expect(await nav.getByRole("link").count()).toBeGreaterThanOrEqual(6);
    const navBox = await nav.boundingBox();
    const languageBox = await language.boundingBox();
    const firstLink = await nav.getByRole("link").first().boundingBox();
    // One row: the sections and the language switch share a line, each section on one line.
    expect(Math.abs((navBox?.y ?? 0) - (languageBox?.y ?? 100)), locale).toBeLessThan(12);
    expect(firstLink?.height, locale).toBeLessThanOrEqual(48);
    const header = await page.locator("header > div").first().boundingBox();
    expect(header?.height, locale).toBeLessThanOrEqual(64);
    // The sections end before the member's name, which comes before the language switch.
    const account = await banner
      .getByRole("button", { name: /\((Administrator|Administrateur)\)/ })
      .boundingBox();
    expect((navBox?.x ?? 0) + (navBox?.width ?? 0), locale).toBeLessThan(account?.x ?? 0);
    expect((account?.x ?? 0) + (account?.width ?? 0), locale).toBeLessThan(languageBox?.x ?? 0);
    // Nothing runs off the screen: the language switch ends inside it, and nothing scrolls sideways.
    expect(
      (languageBox?.x ?? 0) + (languageBox?.width ?? 0),
      `${locale} at ${width}`,
    ).toBeLessThanOrEqual(width);
    expect(
      await page.evaluate<number>("document.documentElement.scrollWidth"),
      `${locale} at ${width}`,
    ).toBeLessThanOrEqual(width);
    await expect(banner).toBeVisible();
  }

  await page.setViewportSize({ width: 390, height: 844 });
  await page.evaluate(`localStorage.setItem("permit-desk.locale", "en-CA")`);
  await page.goto("/");
  const header = await page.locator("header > div").first().boundingBox();
  expect(header?.height).toBeLessThanOrEqual(64);
  await expect(page.getByRole("navigation")).toBeHidden();
  await page.getByRole("button", { name: "Menu" }).click();
  await expect(page.getByRole("navigation").getByRole("link", { name: "History" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Menu" })).toBeFocused();
  await expect(page.getByRole("navigation")).toBeHidden();
});

test("Keyboard hints are hidden on a touch screen and shown with a mouse", async ({
  page,
  browser,
  baseURL,
}) => {
  const created = await page.request.post("/api/templates", {
    data: {
      name: `Touch ${Date.now().toString(36)}`,
      zone: "Lot 4",
      duration: { kind: "endOfDay" },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  await page.goto("/");
  const picker = page.getByRole("group", { name: "Template" });
  await expect(picker.locator("kbd").first()).toBeVisible();

  const touch = await browser.newContext({
    baseURL,
    storageState: await page.context().storageState(),
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const phone = await touch.newPage();
  await phone.goto("/");
  const phonePicker = phone.getByRole("group", { name: "Template" });
  await expect(phonePicker.getByRole("radio").first()).toBeVisible();
  await expect(phonePicker.locator("kbd").first()).toBeHidden();
  await expect(phone.getByText("Alt + number applies a template")).toBeHidden();
  await touch.close();
});
