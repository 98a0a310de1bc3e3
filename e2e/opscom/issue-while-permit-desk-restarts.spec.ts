import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, request, test } from "@playwright/test";
import { freePort, type OwnServer, startOwnServer } from "../support/own-server.ts";
import { REFERENCE_PATTERN } from "../support/permit-form.ts";
import { E2E_TOKEN, SIMULATOR_URL } from "../support/ports.ts";
import {
  misbehave,
  opscomReferencesFor,
  receivedRequests,
  resetSimulator,
} from "../support/simulator.ts";
import { SITE_TIME_ZONE } from "../support/site-day.ts";
import { ADMIN } from "../support/staff.ts";

const servers: OwnServer[] = [];
const journals = mkdtempSync(join(tmpdir(), "permit-desk-e2e-restart-"));

test.afterAll(async () => {
  for (const server of servers) await server.kill();
  rmSync(journals, { recursive: true, force: true });
});

test("A clerk who issues while Permit Desk restarts is told so, keeps the plate, and Try again issues it once it is back", async ({
  browser,
  request: simulator,
}) => {
  test.setTimeout(60_000);
  await resetSimulator(simulator);
  const env = {
    OPSCOM_API_TOKEN: E2E_TOKEN,
    OPSCOM_BASE_URL: SIMULATOR_URL,
    OPSCOM_TIMEOUT_MS: "15000",
    DATABASE_URL: join(journals, "journal.sqlite"),
    ZONES: "Lot 4",
    SITE_TIME_ZONE,
  };
  const port = await freePort();
  const first = await startOwnServer(env, port);
  servers.push(first);
  const api = await request.newContext({ baseURL: first.url });
  const setup = await api.post("/api/setup", { data: ADMIN });
  expect(setup.status(), await setup.text()).toBe(201);
  const context = await browser.newContext({
    baseURL: first.url,
    storageState: await api.storageState(),
  });
  const clerk = await context.newPage();
  await clerk.goto("/");
  await expect(clerk.getByLabel("Licence plate")).toBeFocused();

  // A colleague's permit is still with OPSCOM when the deploy begins.
  await misbehave(simulator, { mode: "slow", delayMs: 6_000, times: 1 });
  const colleague = api.post("/api/permits", {
    headers: { "Idempotency-Key": crypto.randomUUID() },
    data: {
      plate: "INFLT1",
      zone: "Lot 4",
      validFrom: new Date().toISOString(),
      validUntil: new Date(Date.now() + 3_600_000).toISOString(),
    },
  });
  await expect.poll(async () => (await receivedRequests(simulator)).length).toBe(1);
  first.signal("SIGTERM");
  await expect.poll(async () => (await fetch(`${first.url}/readyz`)).status).toBe(503);

  await clerk.getByLabel("Licence plate").fill("RST 123");
  await clerk.getByLabel("Licence plate").press("Enter");
  const alert = clerk.getByRole("alert").filter({ hasText: "Permit Desk is restarting" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("Nothing was sent");
  await expect(alert).toContainText("What you typed is kept");
  await expect(clerk.getByLabel("Licence plate")).toHaveValue("RST 123");

  // The colleague still gets OPSCOM's answer; then the old server is gone and a new one starts.
  expect((await colleague).status()).toBe(201);
  expect(await first.exited).toBe(0);
  servers.push(await startOwnServer(env, port));

  await alert.getByRole("button", { name: "Try again" }).click();
  const issued = clerk.getByRole("region", { name: "Permit issued" });
  await expect(issued.getByText(REFERENCE_PATTERN)).toBeVisible();
  await expect(issued).toContainText("RST123");
  expect(await opscomReferencesFor(simulator, "RST123")).toHaveLength(1);
  await context.close();
  await api.dispose();
});
