// `npm run bench`: prints each figure with its budget and the ratio of one to the other, then a
// summary of every figure against its goal (issue 13's table). BENCH_QUICK=1 shrinks every size
// for a smoke run (Lighthouse once per page and form factor). Load only ever targets 127.0.0.1.
import { readFileSync } from "node:fs";
import { BATCH_GOAL_ROWS_PER_SECOND, measureBatch } from "./batch.ts";
import { buildEverything } from "./build.ts";
import { measureBundles } from "./bundle-size.ts";
import { measureIssueLatency } from "./issue-latency.ts";
import { type LighthouseFigure, measureFirstScreens } from "./lighthouse.ts";
import { LIST_PREVIEW_GOAL_MS, measureListPreview } from "./list-preview.ts";
import { runPlateSearchBench } from "./plate-search.ts";
import { measureRoundTrips } from "./round-trips.ts";
import { measureIssuingDuringSignInFlood, type SignInFlood } from "./sign-in-flood.ts";
import { measureStartup } from "./startup.ts";
import { kb, printSummary, type SummaryRow, type SummarySection } from "./summary.ts";
import { measureThroughput, runLoad, type ThroughputFigure } from "./throughput.ts";

const PLATE_SEARCH_BUDGET_MS = 50;
const BFF_SHARE_BUDGET_MS = 1;
/** Permits per second at 10 clients, by database. */
const THROUGHPUT_GOAL = { sqlite: 2_000, postgres: 1_000 };
const LOAD_GOAL = { connections: 200, durationSeconds: 30, p99Ms: 300, timeouts: 0 };
const ROUND_TRIPS_GOAL = 4;
const LIGHTHOUSE_GOAL = 95;
const CLS_GOAL = 0.02;
/** Issuing's median during a sign-in flood, at most this many times its quiet median. */
const FLOOD_RATIO_BUDGET = 2;
const quick = process.env.BENCH_QUICK === "1";
const postgresUrl = process.env.TEST_DATABASE_URL?.trim() || undefined;

const ms = (value: number) => value.toFixed(2).padStart(8);
const heading = (title: string) => console.log(`\n${title}\n${"-".repeat(title.length)}`);

async function main() {
  const started = performance.now();
  buildEverything();

  heading("Web app: each first screen's files, gzipped (the page's lazily loaded chunks included)");
  const bundles = measureBundles();
  console.log("screen                      JavaScript        CSS   JS budget");
  for (const { name, scripts, styles } of bundles.screens) {
    console.log(
      `${name.padEnd(26)} ${scripts.kb.toFixed(1).padStart(8)} KB ${styles.kb.toFixed(1).padStart(7)} KB   ${((scripts.kb / bundles.budgetKb) * 100).toFixed(0).padStart(3)}% of ${bundles.budgetKb} KB`,
    );
  }

  heading("Start-up: `node apps/bff/dist/server.js` (demo mode) to the first answered request");
  const startup = await measureStartup({ runs: quick ? 2 : 5 });
  console.log(
    `${startup.runs} starts: median ${ms(startup.medianMs)} ms, slowest ${ms(startup.p99Ms)} ms`,
  );

  heading(
    "Issuing one permit at a time: through the BFF (journalled, SQLite) vs the simulator directly",
  );
  const latency = await measureIssueLatency({
    samples: quick ? 100 : 1_000,
    warmUp: quick ? 20 : 100,
  });
  const share = latency.bff.medianMs - latency.direct.medianMs;
  console.log("path             median ms    p99 ms");
  console.log(`simulator        ${ms(latency.direct.medianMs)}  ${ms(latency.direct.p99Ms)}`);
  console.log(`through the BFF  ${ms(latency.bff.medianMs)}  ${ms(latency.bff.p99Ms)}`);
  console.log(
    `ratio BFF / simulator: median ${(latency.bff.medianMs / latency.direct.medianMs).toFixed(2)}, p99 ${(latency.bff.p99Ms / latency.direct.p99Ms).toFixed(2)}`,
  );
  console.log(
    `the BFF's own share (median difference): ${share.toFixed(2)} ms, ${(share / BFF_SHARE_BUDGET_MS).toFixed(2)} of the ${BFF_SHARE_BUDGET_MS} ms budget`,
  );

  heading(
    "Issuing one permit at a time during a sign-in flood: 600 usernames over HTTP, 20 clients, about 5 s",
  );
  const floods: Array<[label: string, flood: SignInFlood]> = [
    [
      "from one address",
      { usernames: 600, connections: 20, ratePerSecond: 120, spreadAddresses: false },
    ],
    [
      "from 600 addresses",
      { usernames: 600, connections: 20, ratePerSecond: 120, spreadAddresses: true },
    ],
  ];
  let floodOverBudget = false;
  let oneAddressRatio = Number.NaN;
  console.log(
    "flood               quiet median  flooded median  ratio  flooded p99  sign-in answers",
  );
  for (const [label, flood] of floods) {
    const figure = await measureIssuingDuringSignInFlood(flood, {
      quietSamples: quick ? 100 : 500,
    });
    const ratio = figure.flooded.medianMs / figure.quiet.medianMs;
    // The budget is for the flood from one address, the one the ceiling per address bounds.
    if (!flood.spreadAddresses) oneAddressRatio = ratio;
    if (!flood.spreadAddresses && ratio > FLOOD_RATIO_BUDGET) floodOverBudget = true;
    const answers = [...figure.statuses]
      .sort(([a], [b]) => a - b)
      .map(([status, count]) => `${count}×${status}`)
      .join(" ");
    console.log(
      `${label.padEnd(18)}  ${ms(figure.quiet.medianMs)} ms   ${ms(figure.flooded.medianMs)} ms  ${ratio.toFixed(2).padStart(5)}  ${ms(figure.flooded.p99Ms)} ms  ${answers} in ${figure.floodSeconds.toFixed(1)} s`,
    );
  }
  console.log(
    `(the flood from one address must keep issuing's median within ${FLOOD_RATIO_BUDGET}x its quiet median${floodOverBudget ? ": IT DID NOT" : ""}; 401 = password checked, 429 = refused unchecked, 503 = password work full)`,
  );

  heading("Permits per second through the BFF (autocannon, each request under its own key)");
  const throughput: ThroughputFigure[] = [];
  const durationSeconds = quick ? 1 : 5;
  throughput.push(...(await measureThroughput({ connections: [1, 10, 100], durationSeconds })));
  if (postgresUrl !== undefined) {
    throughput.push(
      ...(await measureThroughput({ connections: [1, 10, 100], durationSeconds, postgresUrl })),
    );
  }
  console.log("database  clients  permits/s  median ms  p99 ms  vs 1 client  other answers");
  for (const figure of throughput) {
    const single = throughput.find(
      (each) => each.database === figure.database && each.connections === 1,
    );
    const scale =
      single === undefined ? Number.NaN : figure.permitsPerSecond / single.permitsPerSecond;
    console.log(
      `${figure.database.padEnd(8)}  ${String(figure.connections).padStart(7)}  ${figure.permitsPerSecond.toFixed(0).padStart(9)}  ${String(figure.medianMs).padStart(9)}  ${String(figure.p99Ms).padStart(6)}  ${scale.toFixed(2).padStart(11)}  ${figure.problems.join(", ") || "none"}`,
    );
  }
  if (postgresUrl === undefined)
    console.log("(PostgreSQL: set TEST_DATABASE_URL to measure it too.)");

  heading("A list issued on the server (5,000 rows to the simulator, 4 rows at a time)");
  const batch = await measureBatch({ rows: quick ? 1_000 : 5_000 });
  console.log(
    `${batch.rows} rows: ${batch.rowsPerSecond.toFixed(0)} rows/s, ${batch.issued} issued, ${batch.problems.join(", ") || "none otherwise"}`,
  );

  heading("The preview of a 5,000-row list in the browser (Chromium, the built app)");
  const listPreview = await measureListPreview({ rows: 5_000, runs: quick ? 1 : 3 });
  console.log(
    typeof listPreview === "string"
      ? listPreview
      : `${listPreview.rows} rows: on screen in ${listPreview.medianMs.toFixed(0)} ms (median of ${listPreview.runs.map((run) => run.toFixed(0)).join(", ")} ms, the first loading the CSV parser)`,
  );

  heading("Round trips to PostgreSQL per permit (counted on the wire)");
  let postgresRoundTrips: number | undefined;
  if (postgresUrl === undefined) console.log("(PostgreSQL: set TEST_DATABASE_URL to count them.)");
  else {
    const trips = await measureRoundTrips({ postgresUrl, permits: quick ? 10 : 50 });
    postgresRoundTrips = trips.median;
    console.log(
      `${trips.permits} permits: median ${trips.median}, most ${trips.most} (budget ${trips.budget})`,
    );
  }

  const load = quick
    ? { connections: 50, durationSeconds: 3 }
    : { connections: LOAD_GOAL.connections, durationSeconds: LOAD_GOAL.durationSeconds };
  heading(`Load: ${load.connections} clients issuing for ${load.durationSeconds} s (SQLite)`);
  const loaded = await runLoad(load);
  const fiveXx = [...loaded.result.statuses]
    .filter(([status]) => status >= 500)
    .reduce((sum, [, count]) => sum + count, 0);
  console.log(
    `${loaded.result.requests} requests, ${loaded.result.issued.size} issued (${loaded.result.permitsPerSecond.toFixed(0)}/s), ${loaded.journalEntries} journal entries, ${fiveXx} 5xx, ${loaded.result.errors} errors, ${loaded.result.timeouts} timeouts`,
  );
  console.log(`median ${loaded.result.medianMs} ms, p99 ${loaded.result.p99Ms} ms`);
  console.log(
    loaded.problems.length === 0
      ? "lost: 0, duplicated: 0, 5xx: 0"
      : `PROBLEMS:\n  ${loaded.problems.slice(0, 20).join("\n  ")}`,
  );

  heading("Plate search (first page of 50, newest first)");
  const timings = await runPlateSearchBench({
    ...(postgresUrl !== undefined && { postgresUrl }),
    ...(quick && { sizes: [10_000], searchesPerLength: 50 }),
  });
  console.log("");
  console.log("database    rows       median ms  p99 ms  p99 / budget (50 ms)");
  for (const timing of timings.filter((entry) => entry.prefixLength === "all")) {
    const ratio = (timing.p99Ms / PLATE_SEARCH_BUDGET_MS).toFixed(2);
    console.log(
      `${timing.dialect.padEnd(10)}  ${String(timing.rows).padEnd(9)}  ${timing.medianMs.toFixed(2).padStart(9)}  ${timing.p99Ms.toFixed(2).padStart(6)}  ${ratio}`,
    );
  }

  heading("First screens: what crosses the wire, and Lighthouse 12 (median run by score)");
  const screens = await measureFirstScreens({ runsEach: quick ? 1 : 3 });
  const wire = screens.compression;
  const sized = (sizes: { plain: number; br: number | undefined; gzip: number | undefined }) =>
    `${kb(sizes.plain)} plain, ${sizes.br === undefined ? "no br" : `${kb(sizes.br)} br`}, ${sizes.gzip === undefined ? "no gzip" : `${kb(sizes.gzip)} gzip`}`;
  console.log(
    `text files of 1 KB or more sent compressed to a browser: ${wire.textFilesCompressed} of ${wire.textFiles}${wire.uncompressedFiles.length > 0 ? ` (not: ${wire.uncompressedFiles.join(", ")})` : ""}`,
  );
  console.log(`main script ${wire.mainScript.path}: ${sized(wire.mainScript)}`);
  console.log(`permit history, 50 rows (JSON): ${sized(wire.history)}`);
  console.log(`CSV export: ${sized(wire.exportCsv)}`);
  console.log(
    `GET /api/config (${wire.smallAnswer.plain} B): ${wire.smallAnswer.encoding ?? "sent as it is"}; issuing a permit answers ${wire.issueAnswer.plain} B, ${wire.issueAnswer.encoding ?? "sent as it is"}`,
  );
  const lighthouse = typeof screens.lighthouse === "string" ? [] : screens.lighthouse;
  if (typeof screens.lighthouse === "string") console.log(`Lighthouse: ${screens.lighthouse}`);
  else {
    console.log(
      "\npage      form     score  LCP ms  CLS     TBT ms  FCP ms  over the wire  of which script  runs",
    );
    for (const figure of lighthouse) {
      console.log(
        `${figure.screen.padEnd(8)}  ${figure.formFactor.padEnd(7)}  ${String(figure.performance).padStart(5)}  ${figure.lcpMs.toFixed(0).padStart(6)}  ${figure.cls.toFixed(3).padEnd(6)}  ${figure.tbtMs.toFixed(0).padStart(6)}  ${figure.fcpMs.toFixed(0).padStart(6)}  ${kb(figure.transferBytes).padStart(13)}  ${kb(figure.scriptTransferBytes).padStart(15)}  ${figure.runs}`,
      );
    }
    console.log(
      "(sign-in: signed out, after the first administrator exists; issue: signed in, with three templates)",
    );
  }

  const summary: SummarySection[] = [
    {
      title: "Issuing",
      rows: [
        {
          figure: "BFF's own share of one permit (median through BFF − median direct)",
          measured: `${share.toFixed(2)} ms`,
          goal: `≤ ${BFF_SHARE_BUDGET_MS.toFixed(1)} ms`,
          met: share <= BFF_SHARE_BUDGET_MS,
        },
        ...(["sqlite", "postgres"] as const).map((database): SummaryRow => {
          const figure = throughput.find(
            (each) => each.database === database && each.connections === 10,
          );
          const goal = THROUGHPUT_GOAL[database];
          return {
            figure: `permits/s at 10 clients, ${database === "sqlite" ? "SQLite" : "PostgreSQL"}`,
            measured: figure === undefined ? undefined : figure.permitsPerSecond.toFixed(0),
            goal: `≥ ${goal.toLocaleString("en")}`,
            met: figure === undefined ? undefined : figure.permitsPerSecond >= goal,
            ...(figure === undefined && { note: "set TEST_DATABASE_URL to measure PostgreSQL" }),
          };
        }),
        {
          figure: `${load.connections} clients × ${load.durationSeconds} s, SQLite: p99`,
          measured: `${loaded.result.p99Ms} ms`,
          goal: `≤ ${LOAD_GOAL.p99Ms} ms`,
          met: loaded.result.p99Ms <= LOAD_GOAL.p99Ms,
          ...(quick && { note: "quick run; the goal is for 200 clients × 30 s" }),
        },
        {
          figure: `${load.connections} clients × ${load.durationSeconds} s, SQLite: client time-outs`,
          measured: String(loaded.result.timeouts),
          goal: String(LOAD_GOAL.timeouts),
          met: loaded.result.timeouts <= LOAD_GOAL.timeouts,
          note: `${loaded.result.permitsPerSecond.toFixed(0)} permits/s, ${loaded.problems.length === 0 ? "none lost or duplicated" : "PERMITS LOST, DUPLICATED OR 5xx"}`,
        },
        {
          figure: "a list of 5,000 rows issued on the server, SQLite: rows/s",
          measured: batch.rowsPerSecond.toFixed(0),
          goal: `≥ ${BATCH_GOAL_ROWS_PER_SECOND}`,
          met: batch.rowsPerSecond >= BATCH_GOAL_ROWS_PER_SECOND && batch.problems.length === 0,
          ...(quick && { note: "quick run: 1,000 rows" }),
        },
        {
          figure: "the preview of a 5,000-row list, in the browser: median",
          measured:
            typeof listPreview === "string" ? undefined : `${listPreview.medianMs.toFixed(0)} ms`,
          goal: `< ${LIST_PREVIEW_GOAL_MS.toLocaleString("en")} ms`,
          met:
            typeof listPreview === "string"
              ? undefined
              : listPreview.medianMs < LIST_PREVIEW_GOAL_MS,
          ...(typeof listPreview === "string" && { note: listPreview }),
        },
        {
          figure: "PostgreSQL round trips per permit",
          measured: postgresRoundTrips === undefined ? undefined : String(postgresRoundTrips),
          goal: `≤ ${ROUND_TRIPS_GOAL}`,
          met:
            postgresRoundTrips === undefined ? undefined : postgresRoundTrips <= ROUND_TRIPS_GOAL,
          ...(postgresRoundTrips === undefined && {
            note: postgresUrl === undefined ? "PostgreSQL: set TEST_DATABASE_URL" : "not measured",
          }),
        },
      ],
    },
    {
      title: "Compression",
      rows: [
        {
          figure: "text files of 1 KB or more sent compressed",
          measured: `${wire.textFilesCompressed} / ${wire.textFiles}`,
          goal: "all",
          met: wire.textFiles > 0 && wire.textFilesCompressed === wire.textFiles,
        },
        {
          figure: "main script over the wire (br; gzip)",
          measured: `${kb(wire.mainScript.br ?? wire.mainScript.plain)}; ${kb(wire.mainScript.gzip ?? wire.mainScript.plain)}`,
          goal: `< ${kb(wire.mainScript.plain)} plain`,
          met: wire.mainScript.br !== undefined && wire.mainScript.gzip !== undefined,
        },
        {
          figure: "JSON answer over 1 KB (history, 50 rows), gzip",
          measured: wire.history.gzip === undefined ? "sent plain" : kb(wire.history.gzip),
          goal: `< ${kb(wire.history.plain)} plain`,
          met: wire.history.gzip !== undefined,
        },
        {
          figure: "CSV export, gzip",
          measured: wire.exportCsv.gzip === undefined ? "sent plain" : kb(wire.exportCsv.gzip),
          goal: `< ${kb(wire.exportCsv.plain)} plain`,
          met: wire.exportCsv.gzip !== undefined,
        },
        {
          figure: "answer under 1 KB (GET /api/config)",
          measured: wire.smallAnswer.encoding ?? "as it is",
          goal: "as it is",
          met: wire.smallAnswer.encoding === undefined,
        },
      ],
    },
    {
      title: "Web app: each first screen's JavaScript, gzipped, its lazily loaded page included",
      rows: bundles.screens.map(
        ({ name, scripts, ceilingKb }): SummaryRow => ({
          figure: name,
          measured: `${scripts.kb.toFixed(1)} KB`,
          goal: `≤ ${bundles.budgetKb} KB`,
          met: scripts.kb <= bundles.budgetKb,
          note: `npm test holds it to ${ceilingKb} KB`,
        }),
      ),
    },
    { title: "First screens (Lighthouse 12)", rows: firstScreenRows(lighthouse) },
    {
      title: "Other budgets",
      rows: [
        {
          figure: "issuing's median during a sign-in flood from one address",
          measured: `${oneAddressRatio.toFixed(2)}×`,
          goal: `≤ ${FLOOD_RATIO_BUDGET}× its quiet median`,
          met: !floodOverBudget,
        },
        ...timings
          .filter((entry) => entry.prefixLength === "all")
          .map(
            (timing): SummaryRow => ({
              figure: `plate search p99, ${timing.dialect}, ${timing.rows.toLocaleString("en")} rows`,
              measured: `${timing.p99Ms.toFixed(2)} ms`,
              goal: `≤ ${PLATE_SEARCH_BUDGET_MS} ms`,
              met: timing.p99Ms <= PLATE_SEARCH_BUDGET_MS,
            }),
          ),
      ],
    },
  ];
  printSummary(
    summary,
    quick
      ? "BENCH_QUICK=1: every run is shortened, so these verdicts are a smoke test, not the figures."
      : undefined,
  );

  console.log(`\nThe whole bench took ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  if (loaded.problems.length > 0 || floodOverBudget) process.exitCode = 1;
}

/** Signed-in pages' chunks, named by vite after the modules pages.ts loads lazily. */
function signedInPageChunks(): string[] {
  const pages = readFileSync(new URL("../apps/web/src/app/pages.ts", import.meta.url), "utf8");
  return [...pages.matchAll(/import\("[^"]*\/([\w-]+)\.tsx?"\)/g)]
    .map((match) => match[1] ?? "")
    .filter((name) => name !== "" && !/^(?:sign-in|first-admin)/.test(name));
}

function firstScreenRows(figures: LighthouseFigure[]): SummaryRow[] {
  const of = (screen: string, formFactor: string) =>
    figures.find((figure) => figure.screen === screen && figure.formFactor === formFactor);
  const scoreRow = (screen: "sign-in" | "issue", formFactor: "mobile" | "desktop"): SummaryRow => {
    const figure = of(screen, formFactor);
    return {
      figure: `performance, ${formFactor}, ${screen === "sign-in" ? "sign-in page" : "issue page"}`,
      measured: figure === undefined ? undefined : String(figure.performance),
      goal: formFactor === "mobile" ? `≥ ${LIGHTHOUSE_GOAL}` : "(no goal)",
      met:
        figure === undefined || formFactor === "desktop"
          ? undefined
          : figure.performance >= LIGHTHOUSE_GOAL,
    };
  };
  const issueShifts = figures.filter((figure) => figure.screen === "issue");
  const worstShift = Math.max(...issueShifts.map((figure) => figure.cls));
  const signIn = of("sign-in", "mobile");
  const issue = of("issue", "mobile");
  const chunks = signedInPageChunks();
  const strayScripts =
    signIn?.scripts.filter((script) =>
      chunks.some((chunk) => script.path.split("/").pop()?.startsWith(`${chunk}-`)),
    ) ?? [];
  return [
    scoreRow("sign-in", "mobile"),
    scoreRow("issue", "mobile"),
    scoreRow("sign-in", "desktop"),
    scoreRow("issue", "desktop"),
    {
      figure: "issue page layout shift (CLS, worst of mobile and desktop)",
      measured: issueShifts.length === 0 ? undefined : worstShift.toFixed(3),
      goal: `≤ ${CLS_GOAL}`,
      met: issueShifts.length === 0 ? undefined : worstShift <= CLS_GOAL,
    },
    {
      figure: "signed-out sign-in page: signed-in pages' code it loads",
      measured:
        signIn === undefined
          ? undefined
          : strayScripts.length === 0
            ? "none"
            : strayScripts
                .map((script) =>
                  script.path
                    .split("/")
                    .pop()
                    ?.replace(/-[\w-]{8}\.js$/, ""),
                )
                .join(", "),
      goal: "none",
      met: signIn === undefined || chunks.length === 0 ? undefined : strayScripts.length === 0,
      ...(chunks.length === 0 && { note: "no lazy pages found in apps/web/src/app/pages.ts" }),
    },
    {
      figure: "sign-in page over the wire, signed out (of which script)",
      measured:
        signIn === undefined
          ? undefined
          : `${kb(signIn.transferBytes)} (${kb(signIn.scriptTransferBytes)})`,
      goal: "(reported)",
      met: undefined,
    },
    {
      figure: "issue page over the wire, signed in (of which script)",
      measured:
        issue === undefined
          ? undefined
          : `${kb(issue.transferBytes)} (${kb(issue.scriptTransferBytes)})`,
      goal: "(reported)",
      met: undefined,
    },
  ];
}

await main();
