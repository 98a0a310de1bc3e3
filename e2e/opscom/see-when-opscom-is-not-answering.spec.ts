import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type APIRequestContext, expect, type Page, request, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe.ts";
import { historyTable, uniquePlate } from "../support/history.ts";
import { freePort, type OwnServer, startOwnServer } from "../support/own-server.ts";
import { REFERENCE_PATTERN } from "../support/permit-form.ts";
import { E2E_TOKEN, SIMULATOR_URL } from "../support/ports.ts";
import { misbehave, resetSimulator } from "../support/simulator.ts";
import { SITE_TIME_ZONE } from "../support/site-day.ts";
import { ADMIN, pageSignedInAs, STAFF_PASSWORD, uniqueUsername } from "../support/staff.ts";

/** A little over the 30 s within which an open page learns of OPSCOM's health by itself. */
const PAST_THE_NEXT_POLL = "00:31";

const journals = mkdtempSync(join(tmpdir(), "permit-desk-e2e-health-"));
let server: OwnServer | undefined;
let api: APIRequestContext | undefined;

test.beforeAll(async () => {
  // A server of its own, judging OPSCOM failing at the first failed call, so that the shared
  // servers' stories never see the banner.
  server = await startOwnServer(
    {
      OPSCOM_API_TOKEN: E2E_TOKEN,
      OPSCOM_BASE_URL: SIMULATOR_URL,
      OPSCOM_TIMEOUT_MS: "1000",
      OPSCOM_HEALTH_FAILURES: "1",
      DATABASE_URL: join(journals, "journal.sqlite"),
      ZONES: "Lot 4",
      SITE_TIME_ZONE,
    },
    await freePort(),
  );
  api = await request.newContext({ baseURL: server.url });
  const setup = await api.post("/api/setup", { data: ADMIN });
  expect(setup.status(), await setup.text()).toBe(201);
});

test.afterAll(async ({ request: simulator }) => {
  await resetSimulator(simulator);
  await api?.dispose();
  await server?.kill();
  rmSync(journals, { recursive: true, force: true });
});

function banner(page: Page, words: string) {
  return page.getByRole("status").filter({ hasText: words });
}

const NOT_ANSWERING = "OPSCOM is not answering: permits may not be confirmed";
const NE_REPOND_PAS = "OPSCOM ne répond pas : les permis risquent de ne pas être confirmés";
const ISSUE_ANYWAY = "If OPSCOM does not answer, the permit stays “Not confirmed”";
const EMETTRE_QUAND_MEME = "Sans réponse d'OPSCOM, le permis reste « Non confirmé »";

async function issue(page: Page, plate: string) {
  await page.getByLabel("Licence plate").fill(plate);
  await page.getByLabel("Licence plate").press("Enter");
}

test("When OPSCOM stops answering every signed-in page says so in both languages, administrators see the failures, and it clears once a permit goes through", async ({
  browser,
  request: simulator,
}) => {
  test.setTimeout(90_000);
  if (server === undefined || api === undefined) throw new Error("The server did not start.");
  await resetSimulator(simulator);
  const context = await browser.newContext({
    baseURL: server.url,
    storageState: await api.storageState(),
  });
  const clerk = await context.newPage();
  await clerk.goto("/");
  await expect(clerk.getByLabel("Licence plate")).toBeFocused();
  await expect(banner(clerk, NOT_ANSWERING)).toHaveCount(0);

  // A colleague's page in French, open and idle from before OPSCOM stops answering: it learns by
  // asking on its own, within the 30 s its clock is moved past.
  const colleague = await context.newPage();
  await colleague.clock.install();
  await colleague.goto("/");
  await colleague.getByRole("button", { name: "Français" }).click();
  await expect(colleague.getByLabel("Plaque d'immatriculation")).toBeVisible();
  await expect(colleague.getByRole("link", { name: "État" })).toBeVisible();

  await misbehave(simulator, { mode: "hang" });
  const lost = uniquePlate("DOWN");
  await issue(clerk, lost);
  await expect(clerk.getByRole("alert").filter({ hasText: /did not confirm/ })).toBeVisible({
    timeout: 10_000,
  });
  // The clerk's own failed call brings the banner at once, and the form says what issuing does.
  await expect(banner(clerk, NOT_ANSWERING)).toBeVisible();
  await expect(clerk.getByText(ISSUE_ANYWAY)).toBeVisible();
  await expectNoAxeViolations(clerk);

  await expect(banner(colleague, NE_REPOND_PAS)).toHaveCount(0);
  await colleague.clock.fastForward(PAST_THE_NEXT_POLL);
  await expect(banner(colleague, NE_REPOND_PAS)).toBeVisible();
  await expect(colleague.getByText(EMETTRE_QUAND_MEME)).toBeVisible();
  await expectNoAxeViolations(colleague);

  // The administrators' Status page: the state, the rule, the failed call, what awaits a finding.
  await clerk.getByRole("link", { name: "Status" }).click();
  await expect(clerk.getByRole("heading", { name: "Status", level: 1 })).toBeVisible();
  await expect(clerk.getByText("OPSCOM is not answering: the last call failed")).toBeVisible();
  await expect(
    clerk.getByText("after 1 failed or unanswered call in a row, the latest within 10 minutes"),
  ).toBeVisible();
  const failures = clerk.getByRole("table", { name: "Last failed calls" }).getByRole("row");
  await expect(failures).toHaveCount(2);
  await expect(failures.nth(1)).toContainText("Issue (push)");
  await expect(failures.nth(1)).toContainText("No usable answer: no answer in time");
  await expect(
    clerk.getByText("1 permit and 0 changes OPSCOM did not confirm await a finding"),
  ).toBeVisible();
  await expectNoAxeViolations(clerk);
  await clerk.getByRole("button", { name: "Français" }).click();
  await expect(clerk.getByRole("heading", { name: "État", level: 1 })).toBeVisible();
  await expect(
    clerk.getByRole("table", { name: "Derniers appels en échec" }).getByRole("row").nth(1),
  ).toContainText("Aucune réponse utilisable : aucune réponse à temps");
  await expectNoAxeViolations(clerk);
  await clerk.getByRole("button", { name: "English" }).click();

  await clerk.getByRole("link", { name: "Show the permits awaiting a finding" }).click();
  await expect(clerk).toHaveURL(/\/history\?show=awaiting$/);
  await expect(historyTable(clerk).getByRole("row").filter({ hasText: lost })).toHaveCount(1);

  // OPSCOM answers again: the next permit goes through and the warnings go.
  await misbehave(simulator, { mode: "normal" });
  await clerk.getByRole("link", { name: "Issue permit" }).click();
  await issue(clerk, uniquePlate("BACK"));
  await expect(
    clerk.getByRole("region", { name: "Permit issued" }).getByText(REFERENCE_PATTERN),
  ).toBeVisible();
  await expect(banner(clerk, NOT_ANSWERING)).toHaveCount(0);
  await expect(clerk.getByText(ISSUE_ANYWAY)).toHaveCount(0);
  await colleague.clock.fastForward(PAST_THE_NEXT_POLL);
  await expect(banner(colleague, NE_REPOND_PAS)).toHaveCount(0);
  await expect(colleague.getByText(EMETTRE_QUAND_MEME)).toHaveCount(0);
  await context.close();
});

test("Only administrators are offered the Status page; a validator who opens it finds nothing", async ({
  browser,
}) => {
  if (server === undefined || api === undefined) throw new Error("The server did not start.");
  const username = uniqueUsername("desk");
  const created = await api.post("/api/users", {
    data: {
      username,
      displayName: "Val Idator",
      role: "validator",
      zones: ["Lot 4"],
      password: STAFF_PASSWORD,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const validator = await pageSignedInAs(browser, server.url, {
    username,
    password: STAFF_PASSWORD,
  });
  await validator.goto("/status");
  await expect(validator.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(
    validator.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Issue permit" }),
  ).toBeVisible();
  await expect(validator.getByRole("link", { name: "Status" })).toHaveCount(0);
  await validator.context().close();
});
