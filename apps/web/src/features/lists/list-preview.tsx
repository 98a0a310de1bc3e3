import type {
  BatchPreview,
  BatchPreviewRow,
  BatchRowInput,
  PermitDraftField,
  WireProblem,
} from "@permit-desk/schema";
import { useState } from "react";
import { Button } from "../../components/ui/button.tsx";
import { DescriptionList } from "../../components/ui/description-list.tsx";
import { controlClassName } from "../../components/ui/styles.ts";
import { classNames } from "../../lib/class-names.ts";
import { formatSiteTime } from "../../lib/format-site-time.ts";
import { formatAmount } from "../../lib/i18n/format.ts";
import { useLocale } from "../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { problemWords } from "../../lib/i18n/problem-words.ts";
import { FIELD_WORDS, listsMessages } from "./messages.ts";
import { isListInstant, listTimeToType } from "./read-list.ts";

const LANGUAGE = { "en-CA": 0, "fr-CA": 1 } as const;

/** Rows shown at first, and added by each "Show more": a list of thousands is never drawn whole. */
export const ROWS_PER_PAGE = 100;

/** A row of the list as the table shows it: its index in the list as read, and what the preview said. */
export type ShownRow = { index: number; checked?: BatchPreviewRow };

/** What refuses a row, field by field: a refusal as a whole is its zone's. */
export function rowProblems(row: BatchPreviewRow): [PermitDraftField, WireProblem[]][] {
  const problems = Object.entries(row.fieldErrors ?? {}) as [PermitDraftField, WireProblem[]][];
  return row.refusal ? [...problems, ["zone", [row.refusal]]] : problems;
}

/**
 * The order the table shows the rows in: refused, then those with warnings, then the others,
 * then those left out, each in the list's order. The preview names rows by their number in the
 * list (`row`), left-out ones aside.
 */
export function shownRows(count: number, preview: BatchPreview): ShownRow[] {
  const rank = (row: ShownRow) =>
    row.checked === undefined
      ? 3
      : rowProblems(row.checked).length > 0
        ? 0
        : row.checked.warnings.length > 0
          ? 1
          : 2;
  const checked = new Map(preview.rows.map((row) => [row.position - 1, row] as const));
  const rows = Array.from({ length: count }, (_, index) => ({
    index,
    checked: checked.get(index),
  }));
  return rows.sort((a, b) => rank(a) - rank(b) || a.index - b.index);
}

/** A cell as the clerk reads it: a time read from the list on the site's clock, as elsewhere. */
function shownValue(
  field: PermitDraftField,
  value: string | undefined,
  siteTimeZone: string,
  locale: string,
): string {
  if (value === undefined) return "";
  // A time not read is shown as written: the browser's own reading of it would be a guess.
  if ((field !== "validFrom" && field !== "validUntil") || !isListInstant(value)) return value;
  return formatSiteTime(value, siteTimeZone, locale);
}

type ListPreviewProps = {
  rows: readonly BatchRowInput[];
  columns: readonly PermitDraftField[];
  included: readonly number[];
  leftOut: ReadonlySet<number>;
  preview: BatchPreview;
  onFix: (index: number, field: PermitDraftField, value: string) => void;
  onLeaveOut: (index: number, leaveOut: boolean) => void;
  siteTimeZone: string;
  /** Start or end columns read as UTC: their fixes are typed in UTC too. */
  utcFields: readonly PermitDraftField[];
};

/** The preview: totals, then the rows, refused first, each fixable in place or left out. */
export function ListPreview({
  rows,
  columns,
  included,
  leftOut,
  preview,
  onFix,
  onLeaveOut,
  siteTimeZone,
  utcFields,
}: ListPreviewProps) {
  const t = useMessages(listsMessages);
  const { locale } = useLocale();
  const [limit, setLimit] = useState(ROWS_PER_PAGE);
  const language = LANGUAGE[locale];
  const ordered = shownRows(rows.length, preview);
  const { totals } = preview;
  const more = Math.min(ROWS_PER_PAGE, ordered.length - limit);
  /** A refused cell as it is offered for fixing: a time read, on its column's clock. */
  const fixText = (field: PermitDraftField, value: string) =>
    field === "validFrom" || field === "validUntil"
      ? listTimeToType(value, utcFields.includes(field) ? "UTC" : siteTimeZone)
      : value;
  return (
    <section aria-labelledby="preview-heading" className="space-y-4">
      <h2 id="preview-heading" className="text-xl font-bold text-slate-950">
        {t("previewHeading")}
      </h2>
      <DescriptionList
        items={[
          { term: t("totalRows"), details: rows.length },
          { term: t("totalToIssue"), details: totals.toIssue },
          { term: t("totalRefused"), details: totals.refused },
          { term: t("totalWarned"), details: totals.warned },
          { term: t("totalLeftOut"), details: rows.length - included.length },
          {
            term: t("totalAmount"),
            details:
              totals.amounts.length === 0
                ? t("free")
                : totals.amounts
                    .map(({ amount, currency }) => formatAmount(amount, currency, locale))
                    .join(" · "),
          },
        ]}
      />
      <p className="text-sm text-slate-700">{t("fixHint")}</p>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("rowsCaption")}</caption>
          <thead>
            <tr className="border-b border-slate-400">
              <th scope="col" className="py-2 pr-3">
                {t("row")}
              </th>
              {columns.map((field) => (
                <th key={field} scope="col" className="py-2 pr-3">
                  {FIELD_WORDS[field][language]}
                </th>
              ))}
              <th scope="col" className="py-2 pr-3">
                {t("findings")}
              </th>
              <th scope="col" className="py-2">
                {t("leaveOut")}
              </th>
            </tr>
          </thead>
          <tbody>
            {ordered.slice(0, limit).map(({ index, checked }) => {
              const row = rows[index] ?? {};
              const position = index + 1;
              const problems = checked ? rowProblems(checked) : [];
              return (
                <tr
                  key={index}
                  className={classNames(
                    "border-b border-slate-200 align-top",
                    problems.length > 0 && "bg-red-50",
                    checked === undefined && "text-slate-700",
                  )}
                >
                  <th scope="row" className="py-2 pr-3 font-semibold">
                    {position}
                  </th>
                  {columns.map((field) => (
                    <td key={field} className="py-2 pr-3 font-mono break-all">
                      {shownValue(field, row[field], siteTimeZone, locale)}
                    </td>
                  ))}
                  <td className="py-2 pr-3">
                    {problems.map(([field, fieldProblems]) => {
                      const id = `row-${position}-${field}`;
                      return (
                        <div key={field} className="mb-2">
                          <label htmlFor={id} className="block font-semibold">
                            {t("cellLabel", { field: FIELD_WORDS[field][language], position })}
                          </label>
                          <input
                            id={id}
                            defaultValue={fixText(field, row[field] ?? "")}
                            aria-invalid
                            aria-describedby={`${id}-error`}
                            className={classNames(controlClassName, "mt-1 max-w-64")}
                            onBlur={(event) => {
                              if (event.target.value !== fixText(field, row[field] ?? ""))
                                onFix(index, field, event.target.value);
                            }}
                            onKeyDown={(event) => {
                              if (event.key === "Enter") event.currentTarget.blur();
                            }}
                          />
                          <p id={`${id}-error`} className="mt-1 font-medium text-red-700">
                            {fieldProblems
                              .map((problem) =>
                                // A time written but not read says how to write it.
                                problem.code === "date_time_required" && row[field]
                                  ? t("timeNotRead", { value: row[field] ?? "" })
                                  : problemWords(problem, locale),
                              )
                              .join(" ")}
                          </p>
                        </div>
                      );
                    })}
                    {checked?.warnings.map((warning) => (
                      <p key={warning.code} className="font-medium text-amber-900">
                        {problemWords(warning, locale)}
                      </p>
                    ))}
                    {checked && problems.length === 0 && checked.warnings.length === 0 && t("ok")}
                  </td>
                  <td className="py-2">
                    <input
                      type="checkbox"
                      aria-label={t("leaveOutRow", { position })}
                      checked={leftOut.has(index)}
                      onChange={(event) => onLeaveOut(index, event.target.checked)}
                      className="size-5 accent-blue-700"
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {more > 0 && (
        <Button variant="secondary" onClick={() => setLimit(limit + ROWS_PER_PAGE)}>
          {t("showMore", { count: more })}
        </Button>
      )}
    </section>
  );
}
