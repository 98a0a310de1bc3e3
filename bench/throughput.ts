// Permits per second through the BFF at 1, 10 and 100 concurrent clients, and the full load run.
import {
  type IssueLoad,
  issueUnderLoad,
  loadProblems,
  startIssuingStack,
} from "../apps/bff/src/testing/issue-load.ts";

export type ThroughputFigure = {
  database: string;
  connections: number;
  permitsPerSecond: number;
  medianMs: number;
  p99Ms: number;
  problems: string[];
};

export async function measureThroughput(options: {
  connections: readonly number[];
  durationSeconds: number;
  postgresUrl?: string;
}): Promise<ThroughputFigure[]> {
  const stack = await startIssuingStack(
    options.postgresUrl === undefined ? {} : { postgresUrl: options.postgresUrl },
  );
  const figures: ThroughputFigure[] = [];
  try {
    for (const connections of options.connections) {
      const result = await issueUnderLoad(stack.url, {
        connections,
        durationSeconds: options.durationSeconds,
      });
      figures.push({
        database: options.postgresUrl === undefined ? "sqlite" : "postgres",
        connections,
        permitsPerSecond: result.permitsPerSecond,
        medianMs: result.medianMs,
        p99Ms: result.p99Ms,
        problems: [...result.statuses]
          .filter(([status]) => status !== 201)
          .map(([status, count]) => `${count} × HTTP ${status}`),
      });
    }
  } finally {
    await stack.stop();
  }
  return figures;
}

/** Many clients for a while; then the journal and OPSCOM are compared, permit by permit. */
export async function runLoad(load: IssueLoad) {
  const stack = await startIssuingStack();
  try {
    const result = await issueUnderLoad(stack.url, load);
    const entries = await stack.settledJournalEntries();
    return {
      result,
      journalEntries: entries.length,
      problems: loadProblems(result, entries, await stack.simulatedPermitCount()),
    };
  } finally {
    await stack.stop();
  }
}
