import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/** Flags that keep Chromium from reaching out to the network on its own. */
export const QUIET_CHROMIUM_ARGS = [
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

const SYSTEM_CHROMIUMS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
];

/**
 * The browser e2e drives: CHROMIUM_PATH when set, else a system Chromium, else the one
 * Playwright itself manages (undefined lets Playwright pick it).
 */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
): { found: true; executablePath: string | undefined } | { found: false } {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv)
    return existsSync(fromEnv) ? { found: true, executablePath: fromEnv } : { found: false };
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  if (system !== undefined) return { found: true, executablePath: system };
  return existsSync(chromium.executablePath())
    ? { found: true, executablePath: undefined }
    : { found: false };
}
