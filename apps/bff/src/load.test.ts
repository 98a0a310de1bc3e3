import { afterAll, describe, expect, it } from "vitest";
import { issueUnderLoad, loadProblems, startIssuingStack } from "./testing/issue-load.ts";

const postgresUrl = process.env.TEST_DATABASE_URL?.trim() || undefined;
/** SQLite always; PostgreSQL too when TEST_DATABASE_URL names one. */
const databases: [name: string, options: { postgresUrl?: string }][] =
  postgresUrl === undefined
    ? [["sqlite", {}]]
    : [
        ["sqlite", {}],
        ["postgres", { postgresUrl }],
      ];

describe.each(databases)(
  "the BFF under load on %s (shortened; `npm run bench` runs 200 clients for 30 s)",
  (_name, options) => {
    let stack: Awaited<ReturnType<typeof startIssuingStack>> | undefined;
    afterAll(async () => {
      await stack?.stop();
    });

    it("50 clients issuing for 3 s lose none, duplicate none and get no 5xx", async () => {
      stack = await startIssuingStack(options);

      const result = await issueUnderLoad(stack.url, {
        connections: 50,
        durationSeconds: 3,
        maxRequests: 1_000,
      });

      console.log(
        `load: ${result.requests} requests, ${result.issued.size} issued, p99 ${result.p99Ms} ms`,
      );
      expect(result.issued.size).toBeGreaterThan(50);
      const entries = await stack.settledJournalEntries();
      expect(entries).toHaveLength(result.answered.size);
      expect(loadProblems(result, entries, await stack.simulatedPermitCount())).toEqual([]);
    }, 60_000);
  },
);
