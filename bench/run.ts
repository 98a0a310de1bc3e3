// `npm run bench`: prints each figure with its budget and the ratio of one to the other.
// BENCH_QUICK=1 shrinks every size for a smoke run. Load only ever targets 127.0.0.1.
import { measureBundle } from "./bundle-size.ts";
import { measureIssueLatency } from "./issue-latency.ts";
import { runPlateSearchBench } from "./plate-search.ts";
import { measureRoundTrips } from "./round-trips.ts";
import { measureIssuingDuringSignInFlood, type SignInFlood } from "./sign-in-flood.ts";
import { measureStartup } from "./startup.ts";
import { measureThroughput, runLoad, type ThroughputFigure } from "./throughput.ts";

const PLATE_SEARCH_BUDGET_MS = 50;
const BFF_SHARE_BUDGET_MS = 2;
/** Issuing's median during a sign-in flood, at most this many times its quiet median. */
const FLOOD_RATIO_BUDGET = 2;
const quick = process.env.BENCH_QUICK === "1";
const postgresUrl = process.env.TEST_DATABASE_URL?.trim() || undefined;

const ms = (value: number) => value.toFixed(2).padStart(8);
const heading = (title: string) => console.log(`\n${title}\n${"-".repeat(title.length)}`);

async function main() {
  const started = performance.now();

  heading("Web app: initial files, gzipped");
  const bundle = measureBundle();
  const bundleTotal = bundle.scripts.kb + bundle.styles.kb;
  console.log(
    `JavaScript  ${bundle.scripts.kb.toFixed(1).padStart(6)} KB  (${bundle.scripts.files} file(s))  ${((bundle.scripts.kb / bundle.budgetKb) * 100).toFixed(0)}% of the ${bundle.budgetKb} KB budget`,
  );
  console.log(
    `CSS         ${bundle.styles.kb.toFixed(1).padStart(6)} KB  (${bundle.styles.files} file(s))`,
  );
  console.log(
    `together    ${bundleTotal.toFixed(1).padStart(6)} KB  (the budget is for JavaScript alone)`,
  );

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
  console.log(
    "flood               quiet median  flooded median  ratio  flooded p99  sign-in answers",
  );
  for (const [label, flood] of floods) {
    const figure = await measureIssuingDuringSignInFlood(flood, {
      quietSamples: quick ? 100 : 500,
    });
    const ratio = figure.flooded.medianMs / figure.quiet.medianMs;
    // The budget is for the flood from one address, the one the ceiling per address bounds.
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

  heading("Round trips to PostgreSQL per permit (counted on the wire)");
  if (postgresUrl === undefined) console.log("(PostgreSQL: set TEST_DATABASE_URL to count them.)");
  else {
    const trips = await measureRoundTrips({ postgresUrl, permits: quick ? 10 : 50 });
    console.log(
      `${trips.permits} permits: median ${trips.median}, most ${trips.most} (budget ${trips.budget})`,
    );
  }

  const load = quick
    ? { connections: 50, durationSeconds: 3 }
    : { connections: 200, durationSeconds: 30 };
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

  console.log(`\nThe whole bench took ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  if (loaded.problems.length > 0 || floodOverBudget) process.exitCode = 1;
}

await main();
