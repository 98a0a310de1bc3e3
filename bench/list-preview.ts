// How long the Lists page takes to show the preview of a 5,000-row list (issue 16: under a
// second): in Chromium, from the click on "Check the list" (csv-parse reading the pasted CSV,
// the server's checks, the table) until the preview is on screen, against the built web app
// served by the real server, live against the simulator.
import { chromium } from "@playwright/test";
import { startIssuingStack } from "../apps/bff/src/testing/issue-load.ts";
import { sendOverHttp, signInAsStaff } from "../apps/bff/src/testing/staff-session.ts";
import { findChromium, QUIET_CHROMIUM_ARGS } from "../e2e/support/chromium.ts";

export const LIST_PREVIEW_GOAL_MS = 1_000;

export type ListPreviewFigure = { rows: number; runs: number[]; medianMs: number };

/** A CSV under OPSCOM's column names, a plate a row; the page gives the zone and the validity. */
export function generatedList(rows: number): string {
  const lines = Array.from({ length: rows }, (_, n) => `PRV${n}`);
  return `LicencePlate\n${lines.join("\n")}\n`;
}

export async function measureListPreview(options: {
  rows: number;
  runs: number;
}): Promise<ListPreviewFigure | string> {
  const found = findChromium();
  if (!found.found) return "no Chromium found (set CHROMIUM_PATH)";
  const stack = await startIssuingStack();
  const browser = await chromium.launch({
    ...(found.executablePath !== undefined && { executablePath: found.executablePath }),
    args: QUIET_CHROMIUM_ARGS,
  });
  try {
    const { Cookie = "" } = await signInAsStaff(sendOverHttp(stack.url));
    const [name = "", value = ""] = Cookie.split(/=(.*)/s);
    const context = await browser.newContext();
    await context.addCookies([{ name, value, url: stack.url }]);
    const page = await context.newPage();
    const csv = generatedList(options.rows);
    const runs: number[] = [];
    for (let run = 0; run < options.runs; run++) {
      await page.goto(`${stack.url}/lists`);
      await page.getByRole("heading", { level: 1, name: "Issue from a list" }).waitFor();
      await page.getByLabel("Or open a CSV file").setInputFiles({
        name: "list.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(csv),
      });
      await page.waitForFunction(
        `document.querySelector("textarea").value.length === ${csv.length}`,
      );
      // Timed in the page, from the click until the preview's totals are painted. Given as text:
      // tsx would name the functions with a helper the page does not have.
      const expected = `Issue ${options.rows} permits`;
      const elapsed = await page.evaluate<number>(`new Promise((resolve) => {
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!document.body.textContent.includes(${JSON.stringify(expected)})) return;
          observer.disconnect();
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        document.querySelector("form button[type=submit]").click();
      })`);
      runs.push(elapsed);
    }
    const sorted = [...runs].sort((a, b) => a - b);
    return {
      rows: options.rows,
      runs,
      medianMs: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN,
    };
  } finally {
    await browser.close();
    await stack.stop();
  }
}

// `npx tsx bench/list-preview.ts [rows]` measures this figure alone (build the app first).
if (import.meta.url === `file://${process.argv[1]}`) {
  const figure = await measureListPreview({ rows: Number(process.argv[2] ?? 5_000), runs: 3 });
  console.log(
    typeof figure === "string"
      ? figure
      : `${figure.rows} rows: preview on screen in ${figure.medianMs.toFixed(0)} ms (median of ${figure.runs.map((run) => run.toFixed(0)).join(", ")} ms)`,
  );
}
