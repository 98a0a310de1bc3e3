import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { ADMIN_STATE } from "../support/staff.ts";

// Run in the page (this project's types know no DOM): every layout shift the browser reports
// without recent input, from the page's start.
const RECORD_SHIFTS = `
  window.layoutShifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) window.layoutShifts.push(entry.value);
    }
  }).observe({ type: "layout-shift", buffered: true });
`;
// Once the browser is idle, every shift so far has been reported.
const TOTAL_SHIFT = `new Promise((resolve) => requestIdleCallback(() =>
  resolve(window.layoutShifts.reduce((sum, value) => sum + value, 0))))`;

const SIZES = {
  "at the desk (1366×768)": { width: 1366, height: 768 },
  "on a phone (390×844)": { width: 390, height: 844 },
};

const LANGUAGES = {
  English: { locale: "en-CA", templatesLegend: "Template", noTemplate: "No template" },
  French: { locale: "fr-CA", templatesLegend: "Modèle", noTemplate: "Aucun modèle" },
};

test("The Issue page keeps still while its templates and settings arrive, at the desk and on a phone, in both languages, on a first visit and after", async ({
  browser,
  page,
  baseURL,
}) => {
  test.slow();
  // Enough templates to fill two rows of the picker; other stories may have added more.
  for (const name of ["Still 1", "Still 2", "Still 3"]) {
    const created = await page.request.post("/api/templates", {
      data: {
        name: `${name} ${Date.now().toString(36)}`,
        zone: "Lot 4",
        duration: { kind: "endOfDay" },
      },
    });
    expect(created.status(), await created.text()).toBe(201);
  }
  const signedIn = JSON.parse(readFileSync(ADMIN_STATE.demo, "utf8"));
  const visits = {
    "a first visit": { cookies: signedIn.cookies, origins: [] },
    "a later visit": signedIn,
  };

  for (const [sizeName, viewport] of Object.entries(SIZES)) {
    for (const [languageName, language] of Object.entries(LANGUAGES)) {
      for (const [visitName, storageState] of Object.entries(visits)) {
        const context = await browser.newContext({ baseURL, viewport, storageState });
        await context.addInitScript({
          content: `localStorage.setItem("permit-desk.locale", "${language.locale}"); ${RECORD_SHIFTS}`,
        });
        const visit = await context.newPage();
        // The templates are answered only once the page's code has come, as from a slow BFF.
        const pageCodeCame = visit.waitForResponse(/\/assets\/issue-permit-page-[^/]+\.js$/);
        await visit.route("**/api/templates", async (route) => {
          await pageCodeCame;
          await route.continue();
        });
        await visit.goto("/");
        const picker = visit.getByRole("group", { name: language.templatesLegend });
        await expect(picker.getByRole("radio", { name: language.noTemplate })).toBeChecked();
        await expect(picker.getByRole("radio")).not.toHaveCount(1);
        await expect(visit.getByRole("combobox", { name: "Zone" })).toBeEnabled();

        const shift = Number(await visit.evaluate(TOTAL_SHIFT));
        expect(
          shift,
          `layout shift ${sizeName}, in ${languageName}, on ${visitName}`,
        ).toBeLessThanOrEqual(0.02);
        await context.close();
      }
    }
  }
});
