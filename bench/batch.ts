// Rows per second of a list issued on the server (decision 029): a 5,000-row batch sent to the
// simulator over real HTTP, through the one write pipeline, OPSCOM_MAX_CONCURRENCY at a time.
import { batchSchema } from "@permit-desk/schema";
import { startIssuingStack } from "../apps/bff/src/testing/issue-load.ts";
import { sendOverHttp, signInAsStaff } from "../apps/bff/src/testing/staff-session.ts";

export const BATCH_GOAL_ROWS_PER_SECOND = 200;

export type BatchFigure = {
  rows: number;
  rowsPerSecond: number;
  issued: number;
  /** Rows that ended other than issued: none is expected against the simulator. */
  problems: string[];
};

export async function measureBatch(options: { rows: number }): Promise<BatchFigure> {
  const stack = await startIssuingStack();
  try {
    const send = sendOverHttp(stack.url);
    const headers = { ...(await signInAsStaff(send)), "Content-Type": "application/json" };
    const now = Date.now();
    const values = {
      zone: "Lot 4",
      validFrom: new Date(now).toISOString(),
      validUntil: new Date(now + 2 * 3_600_000).toISOString(),
      amount: "14.50",
    };
    const created = await send("/api/batches", {
      method: "POST",
      headers,
      body: JSON.stringify({
        values,
        rows: Array.from({ length: options.rows }, (_, n) => ({ plate: `BENCH${n}` })),
      }),
    });
    if (created.status !== 201) throw new Error(`The list was refused: ${created.status}`);
    const { id } = batchSchema.parse(await created.json());
    await send(`/api/batches/${id}/state`, {
      method: "POST",
      headers,
      body: JSON.stringify({ state: "running" }),
    });
    for (;;) {
      const batch = batchSchema.parse(await (await send(`/api/batches/${id}`, { headers })).json());
      if (batch.state === "done" || batch.state === "paused") {
        const seconds =
          (Date.parse(batch.finishedAt ?? new Date().toISOString()) -
            Date.parse(batch.startedAt ?? "")) /
          1000;
        const settled = batch.sent - batch.waiting;
        return {
          rows: options.rows,
          rowsPerSecond: settled / seconds,
          issued: batch.issued,
          problems: [
            ...(batch.unknown > 0 ? [`${batch.unknown} unknown`] : []),
            ...batch.refused.map((refused) => `${refused.count} refused`),
            ...(batch.notSent > 0 ? [`${batch.notSent} not sent`] : []),
            ...(batch.refusedOnArrival > 0 ? [`${batch.refusedOnArrival} refused on arrival`] : []),
          ],
        };
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await stack.stop();
  }
}

// `npx tsx bench/batch.ts [rows]` measures this figure alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const figure = await measureBatch({ rows: Number(process.argv[2] ?? 5_000) });
  console.log(
    `${figure.rows} rows: ${figure.rowsPerSecond.toFixed(0)} rows/s, ${figure.issued} issued${figure.problems.length > 0 ? `, ${figure.problems.join(", ")}` : ""}`,
  );
}
