import type { ReactNode } from "react";

export type BarRow = { key: string; label: ReactNode; value: number; valueText: string };

type BarTableProps = {
  caption: string;
  labelHeader: string;
  valueHeader: string;
  rows: readonly BarRow[];
  /** The largest value, which fills a bar; the rows' own largest when not given. */
  max?: number;
};

/**
 * A table that is its own bar chart: each row's label and number, read by everyone, with a bar
 * beside the number for the eye, hidden from screen readers, which have the number.
 */
export function BarTable({ caption, labelHeader, valueHeader, rows, max }: BarTableProps) {
  const largest = max ?? Math.max(1, ...rows.map((row) => row.value));
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300 text-left">
          <th scope="col" className="py-1 pr-3">
            {labelHeader}
          </th>
          <th scope="col" className="w-2/3 py-1">
            {valueHeader}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-slate-200">
            <th scope="row" className="py-1 pr-3 text-left font-normal">
              {row.label}
            </th>
            <td className="py-1">
              <div className="flex items-center gap-2">
                <span className="w-12 shrink-0 text-right tabular-nums">{row.valueText}</span>
                <div aria-hidden="true" className="flex-1">
                  <div
                    className="h-3 rounded-sm bg-blue-700"
                    style={{ width: `${(row.value / largest) * 100}%` }}
                  />
                </div>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
