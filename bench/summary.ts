// The bench's last table: every figure of issue 13's table, with its goal beside it and whether
// the run met it. A figure the run did not measure says so instead of a verdict.

export type SummaryRow = {
  figure: string;
  /** What this run measured, already worded; undefined when it was not measured. */
  measured: string | undefined;
  goal: string;
  /** true met, false not met, undefined when there is nothing to judge (or no goal). */
  met: boolean | undefined;
  /** Why the figure is missing, or what to read it with. */
  note?: string;
};

export type SummarySection = { title: string; rows: SummaryRow[] };

function verdict(row: SummaryRow): string {
  if (row.measured === undefined) return "not measured";
  if (row.met === undefined) return "";
  return row.met ? "met" : "NOT MET";
}

export function printSummary(sections: SummarySection[], caveat: string | undefined) {
  const title = "Summary: every figure against its goal";
  console.log(`\n${title}\n${"=".repeat(title.length)}`);
  if (caveat !== undefined) console.log(caveat);
  const rows = sections.flatMap((section) => section.rows);
  const width = {
    figure: Math.max(...rows.map((row) => row.figure.length)),
    measured: Math.max(...rows.map((row) => (row.measured ?? "—").length)),
    goal: Math.max(...rows.map((row) => row.goal.length)),
  };
  for (const section of sections) {
    console.log(`\n${section.title}`);
    for (const row of section.rows) {
      const line = [
        `  ${row.figure.padEnd(width.figure)}`,
        (row.measured ?? "—").padStart(width.measured),
        row.goal.padEnd(width.goal),
        verdict(row),
      ].join("  ");
      console.log(`${line.trimEnd()}${row.note === undefined ? "" : `  (${row.note})`}`);
    }
  }
  const unmet = rows.filter((row) => row.measured !== undefined && row.met === false);
  const missing = rows.filter((row) => row.measured === undefined);
  const judged = rows.filter((row) => row.measured !== undefined && row.met !== undefined);
  console.log(
    `\n${judged.length - unmet.length} of ${judged.length} goals met${missing.length > 0 ? `; ${missing.length} figure(s) not measured` : ""}.`,
  );
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
