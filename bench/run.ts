// `npm run bench`: prints each figure with its budget and the ratio of one to the other.
import { runPlateSearchBench } from "./plate-search.ts";

const PLATE_SEARCH_BUDGET_MS = 50;

async function main() {
  const postgresUrl = process.env.TEST_DATABASE_URL?.trim() || undefined;
  console.log("Plate search (first page of 50, newest first)");
  const timings = await runPlateSearchBench({ ...(postgresUrl !== undefined && { postgresUrl }) });
  console.log("");
  console.log("database    rows       median ms  p99 ms  p99 / budget (50 ms)");
  for (const timing of timings.filter((entry) => entry.prefixLength === "all")) {
    const ratio = (timing.p99Ms / PLATE_SEARCH_BUDGET_MS).toFixed(2);
    console.log(
      `${timing.dialect.padEnd(10)}  ${String(timing.rows).padEnd(9)}  ${timing.medianMs.toFixed(2).padStart(9)}  ${timing.p99Ms.toFixed(2).padStart(6)}  ${ratio}`,
    );
  }
}

await main();
