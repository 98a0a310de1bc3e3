import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { findChromium, QUIET_CHROMIUM_ARGS } from "./e2e/support/chromium.ts";
import { E2E_PORTS, E2E_TOKEN } from "./e2e/support/ports.ts";
import { ADMIN_STATE } from "./e2e/support/staff.ts";

const chromium = findChromium();
const executablePath = chromium.found ? chromium.executablePath : undefined;
// Each run journals into fresh files, never into a developer's own data/.
const journals = mkdtempSync(join(tmpdir(), "permit-desk-e2e-"));
const siteEnv = { SITE_TIME_ZONE: "America/Toronto", LOG_LEVEL: "warn", HOST: "127.0.0.1" };

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  // The OPSCOM simulator is shared and some stories make it misbehave: one story at a time.
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  use: {
    ...devices["Desktop Chrome"],
    trace: "retain-on-failure",
    launchOptions: { executablePath, args: QUIET_CHROMIUM_ARGS },
    timezoneId: "Asia/Tokyo",
    locale: "en-CA",
  },
  projects: [
    // Signs in through the real UI once per BFF (creating its first administrator); the stories
    // start from that session.
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    {
      name: "demo",
      testMatch: /demo\/.*\.spec\.ts/,
      dependencies: ["setup"],
      use: { baseURL: `http://127.0.0.1:${E2E_PORTS.demo}`, storageState: ADMIN_STATE.demo },
    },
    {
      name: "opscom",
      testMatch: /opscom\/.*\.spec\.ts/,
      dependencies: ["setup"],
      use: { baseURL: `http://127.0.0.1:${E2E_PORTS.live}`, storageState: ADMIN_STATE.live },
    },
  ],
  webServer: [
    {
      command: `npx tsx packages/opscom-simulator/src/cli.ts --port ${E2E_PORTS.simulator} --token ${E2E_TOKEN}`,
      url: `http://127.0.0.1:${E2E_PORTS.simulator}/__simulator/requests`,
      reuseExistingServer: false,
      stdout: "ignore",
    },
    {
      command: "node apps/bff/dist/server.js",
      url: `http://127.0.0.1:${E2E_PORTS.demo}/healthz`,
      env: {
        ...siteEnv,
        PORT: String(E2E_PORTS.demo),
        OPSCOM_API_TOKEN: "",
        DATABASE_URL: join(journals, "demo.sqlite"),
      },
      reuseExistingServer: false,
    },
    {
      command: "node apps/bff/dist/server.js",
      url: `http://127.0.0.1:${E2E_PORTS.live}/healthz`,
      env: {
        ...siteEnv,
        PORT: String(E2E_PORTS.live),
        OPSCOM_API_TOKEN: E2E_TOKEN,
        OPSCOM_BASE_URL: `http://127.0.0.1:${E2E_PORTS.simulator}`,
        OPSCOM_TIMEOUT_MS: "2000",
        DATABASE_URL: join(journals, "live.sqlite"),
        ZONES: "Lot 4,Lot 5",
      },
      reuseExistingServer: false,
    },
  ],
});
