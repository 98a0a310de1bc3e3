import { addCalendarDays, type DayFigures, type OpscomCounts } from "@permit-desk/schema";
import { type ReactNode, useEffect } from "react";
import { useForm } from "react-hook-form";
import { useLocation, useSearch } from "wouter";
import { Alert } from "../../components/ui/alert.tsx";
import { Button } from "../../components/ui/button.tsx";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { ProblemAlert } from "../../components/ui/problem-alert.tsx";
import { TextLink } from "../../components/ui/text-link.tsx";
import { WallTimeField } from "../../components/ui/wall-time-field.tsx";
import { wallTimeMessages } from "../../components/ui/wall-time-messages.ts";
import { useFormFields } from "../../lib/form-errors.ts";
import { formatClockTime, formatSiteTime } from "../../lib/format-site-time.ts";
import { commonMessages } from "../../lib/i18n/common-messages.ts";
import { formatAmount } from "../../lib/i18n/format.ts";
import { useLocale } from "../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { AWAITING_FINDING_HREF } from "../../lib/permit-record-href.ts";
import { dateEntryProblem, parseDateEntry } from "../../lib/wall-time-entry.ts";
import { useDayFigures, useOpscomCounts } from "./api.ts";
import { BarTable } from "./bar-table.tsx";
import { differenceWords, refusedWords } from "./day-words.ts";
import { HourChart } from "./hour-chart.tsx";
import { dayMessages } from "./messages.ts";

export const DAY_PATH = "/today";

const dayHref = (date: string | undefined) => (date ? `${DAY_PATH}?date=${date}` : DAY_PATH);

/** The day at a glance: a day's figures in site time, and OPSCOM's counts checked against the journal's. */
export function DayPage({ siteTimeZone }: { siteTimeZone: string }) {
  const t = useMessages(dayMessages);
  const { locale } = useLocale();
  // The day the address names, as typed there: one that is no day is said at the day's entry.
  const addressed = new URLSearchParams(useSearch()).get("date") ?? undefined;
  const asked = addressed === undefined ? undefined : parseDateEntry(addressed);
  const figures = useDayFigures(asked, addressed === undefined || asked !== undefined);
  return (
    <div className="space-y-8">
      <PageHeading title={t("title")} />
      {figures.data && <p className="text-lg">{dayInWords(figures.data.date, locale)}</p>}
      <DayChooser key={figures.data?.date ?? addressed} shown={figures.data?.date ?? addressed} />
      <ProblemAlert
        title={t("dayFailed")}
        error={figures.error}
        onTryAgain={() => figures.refetch()}
      />
      {figures.isLoading && <p role="status">{t("loadingDay")}</p>}
      {figures.data && <DayFiguresShown figures={figures.data} />}
      <OpscomCheck siteTimeZone={siteTimeZone} />
    </div>
  );
}

/**
 * The day's entry, typed year first as the history's filters take it (the shared date entry), the
 * day kept in the address; the days either side a click away.
 */
function DayChooser({ shown }: { shown: string | undefined }) {
  const t = useMessages(dayMessages);
  const dates = useMessages(wallTimeMessages);
  const [, navigate] = useLocation();
  const form = useForm<{ date: string }>({ defaultValues: { date: shown ?? "" } });
  const { errorsOf } = useFormFields(form);
  const readsAsDay = (day: string): true | string => {
    const problem = dateEntryProblem(day);
    return problem === undefined ? true : dates(problem === "format" ? "badDate" : "noSuchDay");
  };
  const submit = form.handleSubmit(({ date }) => {
    const day = parseDateEntry(date);
    if (day !== undefined) navigate(dayHref(day));
  });
  const shownDay = shown === undefined ? undefined : parseDateEntry(shown);
  // A day from the address that is no day: its entry says why, as if it had been typed.
  const { trigger } = form;
  useEffect(() => {
    if (shown !== undefined && shownDay === undefined) void trigger("date");
  }, [shown, shownDay, trigger]);
  return (
    <form noValidate onSubmit={submit} className="flex flex-wrap items-end gap-x-4 gap-y-2">
      <WallTimeField
        dateOnly
        label={t("day")}
        control={form.control}
        inputProps={form.register("date", { validate: readsAsDay })}
        errors={errorsOf("date")}
      />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" variant="secondary">
          {t("show")}
        </Button>
        {shownDay && (
          <TextLink href={dayHref(addCalendarDays(shownDay, -1))}>{t("previousDay")}</TextLink>
        )}
        {shownDay && (
          <TextLink href={dayHref(addCalendarDays(shownDay, 1))}>{t("nextDay")}</TextLink>
        )}
        <TextLink href={DAY_PATH}>{t("today")}</TextLink>
      </div>
    </form>
  );
}

/** "Sunday, December 6, 2026", "dimanche 6 décembre 2026": the day shown, beyond doubt. */
const dayInWords = (date: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "full", timeZone: "UTC" }).format(
    new Date(`${date}T00:00Z`),
  );

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function useNumbers() {
  const { locale } = useLocale();
  const format = new Intl.NumberFormat(locale);
  return { locale, number: (n: number) => format.format(n) };
}

function DayFiguresShown({ figures }: { figures: DayFigures }) {
  const t = useMessages(dayMessages);
  const { locale, number } = useNumbers();
  const issued = figures.byHour.reduce((total, row) => total + row.issued, 0);
  const refused = figures.refused.reduce((total, row) => total + row.count, 0);
  const hourText = (hour: string) => formatClockTime(hour, locale);
  const busiest = figures.byHour.find((row) => row.hour === figures.busiestHour);
  const permits = (n: number) => t("permitsCount", { count: number(n), n });
  const stat = (term: string, value: ReactNode) => (
    <div className="rounded-md border border-slate-300 p-3">
      <dt className="text-sm text-slate-700">{term}</dt>
      <dd className="text-2xl font-bold tabular-nums">{value}</dd>
    </div>
  );
  return (
    <>
      <Section id="day-summary" title={t("summary")}>
        <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          {stat(t("issued"), number(issued))}
          {stat(
            t("busiestHour"),
            busiest ? (
              <>
                {hourText(busiest.hour)}{" "}
                <span className="text-base font-normal">({permits(busiest.issued)})</span>
              </>
            ) : (
              <span className="text-base font-normal">{t("noBusiestHour")}</span>
            ),
          )}
          {stat(t("refusedTotal"), number(refused))}
          {stat(
            t("awaitingFinding"),
            <>
              {number(figures.awaitingFinding)}
              {figures.awaitingFinding > 0 && (
                <span className="block text-base font-normal">
                  <TextLink href={AWAITING_FINDING_HREF}>
                    {t("awaitingLink", { n: figures.awaitingFinding })}
                  </TextLink>
                </span>
              )}
            </>,
          )}
        </dl>
      </Section>
      <Section id="day-by-hour" title={t("byHour")}>
        <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
          <HourChart
            byHour={figures.byHour}
            busiestHour={figures.busiestHour}
            hourText={hourText}
            label={
              busiest
                ? t("byHourChart", {
                    busiest: hourText(busiest.hour),
                    count: permits(busiest.issued),
                  })
                : t("noneIssued")
            }
          />
          <BarTable
            caption={t("byHour")}
            labelHeader={t("hour")}
            valueHeader={t("permits")}
            rows={figures.byHour.map((row, index) => ({
              key: `${index}-${row.hour}`,
              label: hourText(row.hour),
              value: row.issued,
              valueText: number(row.issued),
            }))}
          />
        </div>
      </Section>
      <div className="grid gap-8 lg:grid-cols-2">
        <Section id="day-by-zone" title={t("byZone")}>
          {figures.byZone.length === 0 ? (
            <p>{t("noneIssued")}</p>
          ) : (
            <BarTable
              caption={t("byZone")}
              labelHeader={t("zone")}
              valueHeader={t("permits")}
              rows={figures.byZone.map((row) => ({
                key: row.zone,
                label: row.zone,
                value: row.issued,
                valueText: number(row.issued),
              }))}
            />
          )}
        </Section>
        <Section id="day-by-member" title={t("byMember")}>
          {figures.byMember.length === 0 ? (
            <p>{t("noneIssued")}</p>
          ) : (
            <BarTable
              caption={t("byMember")}
              labelHeader={t("member")}
              valueHeader={t("permits")}
              rows={figures.byMember.map((row) => ({
                key: row.member,
                label: row.member,
                value: row.issued,
                valueText: number(row.issued),
              }))}
            />
          )}
        </Section>
        <Section id="day-amounts" title={t("amounts")}>
          {figures.amounts.length === 0 ? (
            <p>{t("noAmounts")}</p>
          ) : (
            <table className="text-sm">
              <caption className="sr-only">{t("amounts")}</caption>
              <thead>
                <tr className="border-b border-slate-300 text-left">
                  <th scope="col" className="py-1 pr-6">
                    {t("currency")}
                  </th>
                  <th scope="col" className="py-1 text-right">
                    {t("amount")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {figures.amounts.map((row) => (
                  <tr key={row.currency} className="border-b border-slate-200">
                    <th scope="row" className="py-1 pr-6 text-left font-normal">
                      {row.currency}
                    </th>
                    <td className="py-1 text-right tabular-nums">
                      {formatAmount(row.amount, row.currency, locale)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Section>
        <Section id="day-refused" title={t("refused")}>
          {figures.refused.length === 0 ? (
            <p>{t("nothingRefused")}</p>
          ) : (
            <BarTable
              caption={t("refused")}
              labelHeader={t("reason")}
              valueHeader={t("permits")}
              rows={figures.refused.map((row) => ({
                key: String(row.opscomErrorCode ?? "none"),
                label: refusedWords(row.opscomErrorCode, t, locale),
                value: row.count,
                valueText: number(row.count),
              }))}
            />
          )}
        </Section>
      </div>
    </>
  );
}

function OpscomCheck({ siteTimeZone }: { siteTimeZone: string }) {
  const t = useMessages(dayMessages);
  const counts = useOpscomCounts();
  return (
    <Section id="day-opscom" title={t("checked")}>
      <p className="text-sm text-slate-700">{t("checkedIntro")}</p>
      <ProblemAlert
        title={t("countsFailed")}
        error={counts.error}
        onTryAgain={() => counts.refetch()}
      />
      {counts.isPending && <p role="status">{t("loadingCounts")}</p>}
      {counts.data && (
        <OpscomCountsShown
          counts={counts.data}
          siteTimeZone={siteTimeZone}
          onTryAgain={() => counts.refetch()}
        />
      )}
    </Section>
  );
}

type OpscomCountsShownProps = {
  counts: OpscomCounts;
  siteTimeZone: string;
  onTryAgain: () => void;
};

function OpscomCountsShown({ counts, siteTimeZone, onTryAgain }: OpscomCountsShownProps) {
  const t = useMessages(dayMessages);
  const differing = counts.zones.filter((zone) => zone.differs);
  const common = useMessages(commonMessages);
  const { locale, number } = useNumbers();
  return (
    <>
      {!counts.answered && (
        <Alert tone="warning" title={t("notAnsweredTitle")}>
          <p>{t("notAnswered")}</p>
          <Button variant="secondary" onClick={onTryAgain}>
            {common("tryAgain")}
          </Button>
        </Alert>
      )}
      <p className="text-sm">
        {t("checkedAt", { at: formatSiteTime(counts.at, siteTimeZone, locale) })}
      </p>
      {counts.zones.length === 0 ? (
        <p>{t("noZones")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm lg:w-auto">
            <caption className="sr-only">{t("checked")}</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="py-2 pr-2 sm:pr-8">
                  {t("zone")}
                </th>
                <th scope="col" className="py-2 pr-2 sm:pr-8 text-right">
                  {t("journal")}
                </th>
                <th scope="col" className="py-2 pr-2 sm:pr-8 text-right">
                  {t("opscom")}
                </th>
                <th scope="col" className="py-2 pr-2 sm:pr-8 text-right">
                  {t("unconfirmed")}
                </th>
              </tr>
            </thead>
            <tbody>
              {counts.zones.map((zone) => (
                <tr
                  key={zone.zone}
                  className={
                    zone.differs
                      ? "border-b border-slate-200 bg-amber-50"
                      : "border-b border-slate-200"
                  }
                >
                  <th scope="row" className="py-2 pr-2 sm:pr-8 text-left whitespace-nowrap">
                    {zone.zone}
                    {zone.differs && (
                      <strong className="block text-amber-900">
                        <span aria-hidden="true">⚠ </span>
                        {t("differs")}
                      </strong>
                    )}
                  </th>
                  <td className="py-2 pr-2 sm:pr-8 text-right tabular-nums">
                    {number(zone.journal)}
                  </td>
                  <td className="py-2 pr-2 sm:pr-8 text-right tabular-nums">
                    {zone.opscom === undefined ? t("notCounted") : number(zone.opscom)}
                  </td>
                  <td className="py-2 pr-2 sm:pr-8 text-right tabular-nums">
                    {number(zone.unconfirmed)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {differing.length > 0 && (
        <div className="rounded-md border-l-4 border-amber-700 bg-amber-50 p-4 text-amber-950">
          <p className="font-semibold">{t("whatToLookAt")}</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {differing.map((zone) => (
              <li key={zone.zone}>
                <strong>{zone.zone}</strong>: {differenceWords(zone, t, number)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
