// Lighthouse 12 on the two first screens a clerk meets: the sign-in page (signed out) and the
// issue page (signed in), as a phone and as a desktop, against the real server on loopback.
// Chromium is the one e2e drives (CHROMIUM_PATH, else the system's), started by Playwright with
// a debugging port Lighthouse attaches to; the session cookie rides in Lighthouse's extraHeaders.
import { chromium } from "@playwright/test";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { startIssuingStack } from "../apps/bff/src/testing/issue-load.ts";
import { closedPort } from "../apps/bff/src/testing/recording-server.ts";
import { sendOverHttp, signInAsStaff } from "../apps/bff/src/testing/staff-session.ts";
import { findChromium, QUIET_CHROMIUM_ARGS } from "../e2e/support/chromium.ts";
import { type CompressionFigure, measureCompression } from "./compression.ts";

export type FirstScreen = "sign-in" | "issue";
export type FormFactor = "mobile" | "desktop";

export type LighthouseFigure = {
  screen: FirstScreen;
  formFactor: FormFactor;
  /** 0–100, the median run's (by score) when there are several. */
  performance: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  fcpMs: number;
  /** Bytes over the wire (compressed as served) for everything the page loaded, and its scripts. */
  transferBytes: number;
  scriptTransferBytes: number;
  /** Each script the page fetched: its path and its bytes over the wire. */
  scripts: Array<{ path: string; transferBytes: number }>;
  runs: number;
};

const DESK_TEMPLATES = [
  { name: "Guest 2 h", zone: "Lot 4", duration: { kind: "hours", hours: 2 } },
  { name: "Contractor day", zone: "Lot 4", duration: { kind: "hours", hours: 10 } },
  {
    name: "Overnight",
    zone: "Lot 4",
    duration: { kind: "nextDayAt", time: "09:00" },
    amount: "12.5",
    currency: "CAD",
  },
];

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];

function numeric(lhr: Lhr, audit: string): number {
  return lhr.audits[audit]?.numericValue ?? Number.NaN;
}

function scriptBytes(lhr: Lhr): number {
  const details = lhr.audits["resource-summary"]?.details;
  const items: Array<Record<string, unknown>> =
    details !== undefined && "items" in details ? details.items : [];
  const scripts = items.find((item) => item.resourceType === "script");
  return typeof scripts?.transferSize === "number" ? scripts.transferSize : Number.NaN;
}

function scriptsOf(lhr: Lhr): LighthouseFigure["scripts"] {
  const details = lhr.audits["network-requests"]?.details;
  const items: Array<Record<string, unknown>> =
    details !== undefined && "items" in details ? details.items : [];
  return items
    .filter((item) => item.resourceType === "Script" && typeof item.url === "string")
    .map((item) => ({
      path: new URL(String(item.url)).pathname,
      transferBytes: typeof item.transferSize === "number" ? item.transferSize : Number.NaN,
    }));
}

function figureOf(screen: FirstScreen, formFactor: FormFactor, lhr: Lhr, runs: number) {
  return {
    screen,
    formFactor,
    performance: Math.round((lhr.categories.performance?.score ?? Number.NaN) * 100),
    lcpMs: numeric(lhr, "largest-contentful-paint"),
    cls: numeric(lhr, "cumulative-layout-shift"),
    tbtMs: numeric(lhr, "total-blocking-time"),
    fcpMs: numeric(lhr, "first-contentful-paint"),
    transferBytes: numeric(lhr, "total-byte-weight"),
    scriptTransferBytes: scriptBytes(lhr),
    scripts: scriptsOf(lhr),
    runs,
  } satisfies LighthouseFigure;
}

export type FirstScreens = {
  compression: CompressionFigure;
  /** Lighthouse's figures, or why there are none. */
  lighthouse: LighthouseFigure[] | string;
};

async function startBrowser(port: number) {
  const found = findChromium();
  if (!found.found) return undefined;
  return chromium.launch({
    ...(found.executablePath !== undefined && { executablePath: found.executablePath }),
    args: ["--headless=new", ...QUIET_CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
  });
}

/** Tries a run again when Lighthouse fails to record it (NO_NAVSTART on a busy machine). */
const ATTEMPTS = 3;

/** One Lighthouse run's report, or why none came after a few attempts. */
async function lighthouseRun(
  url: string,
  options: { port: number; formFactor: FormFactor; extraHeaders?: Record<string, string> },
): Promise<Lhr | string> {
  let failure = "";
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const result = await lighthouse(
      url,
      {
        port: options.port,
        logLevel: "error",
        output: "json",
        onlyCategories: ["performance"],
        ...(options.extraHeaders !== undefined && { extraHeaders: options.extraHeaders }),
      },
      options.formFactor === "desktop" ? desktopConfig : undefined,
    );
    failure = result?.lhr.runtimeError?.message ?? (result === undefined ? "no result" : "");
    if (result !== undefined && failure === "") return result.lhr;
  }
  return `Lighthouse failed ${ATTEMPTS} times on ${options.formFactor}: ${failure}`;
}

/** The built web app served by the real server (live, against the simulator, on SQLite). */
export async function measureFirstScreens(options: { runsEach: number }): Promise<FirstScreens> {
  const port = await closedPort();
  const stack = await startIssuingStack();
  let browser: Awaited<ReturnType<typeof startBrowser>>;
  try {
    browser = await startBrowser(port);
    // The first administrator exists from here on, so a signed-out visitor meets the sign-in page.
    const send = sendOverHttp(stack.url);
    const staff = await signInAsStaff(send);
    // A desk's templates, which the issue page lists above the form once they arrive.
    for (const template of DESK_TEMPLATES) {
      const created = await send("/api/templates", {
        method: "POST",
        headers: { ...staff, "Content-Type": "application/json" },
        body: JSON.stringify(template),
      });
      if (created.status !== 201) throw new Error(`Making a template failed: ${created.status}`);
    }
    const compression = await measureCompression(stack.url, staff);
    if (browser === undefined)
      return { compression, lighthouse: "no Chromium found (set CHROMIUM_PATH)" };
    const figures: LighthouseFigure[] = [];
    for (const screen of ["sign-in", "issue"] as const) {
      for (const formFactor of ["mobile", "desktop"] as const) {
        const runs: Lhr[] = [];
        for (let run = 0; run < options.runsEach; run++) {
          const lhr = await lighthouseRun(`${stack.url}/`, {
            port,
            formFactor,
            ...(screen === "issue" && { extraHeaders: staff }),
          });
          if (typeof lhr === "string") return { compression, lighthouse: lhr };
          runs.push(lhr);
        }
        runs.sort(
          (a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0),
        );
        const median = runs[Math.floor(runs.length / 2)];
        if (median !== undefined) figures.push(figureOf(screen, formFactor, median, runs.length));
      }
    }
    return { compression, lighthouse: figures };
  } finally {
    await browser?.close();
    await stack.stop();
  }
}
