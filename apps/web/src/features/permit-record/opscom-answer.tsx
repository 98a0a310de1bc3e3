import type { PermitRecord } from "@permit-desk/schema";
import { type ReactNode, useId } from "react";
import { type Description, DescriptionList } from "../../components/ui/description-list.tsx";
import { NotRecorded } from "../../components/ui/not-recorded.tsx";
import { focusRing } from "../../components/ui/styles.ts";
import type { Locale } from "../../lib/i18n/locale.ts";
import { useLocale } from "../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { type PermitRecordWords, permitRecordMessages } from "./messages.ts";
import { type OutcomeWords, outcomeDetailWords, outcomeReasonWords } from "./outcome-words.ts";

/** How long OPSCOM took, in milliseconds below a second and seconds above: "850 ms", "2.01 s". */
export function formatDuration(durationMs: number, locale: Locale): string {
  if (durationMs < 1000) {
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(durationMs)} ms`;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(durationMs / 1000)} s`;
}

/** Text in the page's words, or text kept as it was recorded, said to be so. */
function OutcomeText({ words, asRecorded }: { words: OutcomeWords; asRecorded: string }) {
  if (!words.recorded) return words.text;
  return (
    <>
      <span className="font-mono">{words.text}</span>{" "}
      <span className="text-slate-600">({asRecorded})</span>
    </>
  );
}

type Opscom = PermitRecord["opscom"];

function orNone<T>(value: T | undefined, show: (value: T) => ReactNode = String) {
  return value === undefined ? <NotRecorded /> : show(value);
}

/** What OPSCOM answered, as facts in the reader's language. */
export function answerFacts(opscom: Opscom, t: PermitRecordWords, locale: Locale): Description[] {
  return [
    { term: t("httpStatus"), details: orNone(opscom.httpStatus) },
    { term: t("errorCode"), details: orNone(opscom.errorCode) },
    {
      term: t("reason"),
      details: orNone(opscom.reason, (reason) => (
        <OutcomeText words={outcomeReasonWords(reason, t)} asRecorded={t("asRecorded")} />
      )),
    },
    {
      term: t("detail"),
      details: orNone(opscom.detail, (detail) => (
        <OutcomeText words={outcomeDetailWords(detail, t)} asRecorded={t("asRecorded")} />
      )),
    },
    {
      term: t("duration"),
      details: orNone(opscom.durationMs, (durationMs) => formatDuration(durationMs, locale)),
    },
  ];
}

/** What OPSCOM answered, and the answer's raw text exactly as it came. */
export function OpscomAnswer({ opscom, level = 3 }: { opscom: Opscom; level?: 3 | 4 | 5 }) {
  const Heading = `h${level}` as const;
  const rawAnswerId = useId();
  const t = useMessages(permitRecordMessages);
  const { locale } = useLocale();
  const { rawAnswer } = opscom;
  return (
    <div className="space-y-3">
      <DescriptionList items={answerFacts(opscom, t, locale)} />
      <Heading id={rawAnswerId} className="text-sm font-semibold text-slate-700">
        {t("rawAnswer")}
      </Heading>
      {rawAnswer ? (
        <section
          aria-labelledby={rawAnswerId}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
          tabIndex={0}
          className={`max-h-80 overflow-auto rounded-md bg-slate-900 p-3 ${focusRing}`}
        >
          <pre className="whitespace-pre-wrap break-all font-mono text-sm text-slate-50">
            {rawAnswer}
          </pre>
        </section>
      ) : (
        <p>
          <NotRecorded>{t("noAnswer")}</NotRecorded>
        </p>
      )}
    </div>
  );
}

/** What was sent to OPSCOM, field by field, as text; nested values as JSON. */
export function sentBodyEntries(sentBody: Record<string, unknown>): Array<[string, string]> {
  return Object.entries(sentBody).map(([name, value]) => [name, sentValueText(value)]);
}

function sentValueText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === undefined) return "";
  return JSON.stringify(value);
}

/** The wire body as it left Permit Desk, under OPSCOM's own field names. */
export function SentToOpscom({ sentBody }: { sentBody: Record<string, unknown> }) {
  const t = useMessages(permitRecordMessages);
  const entries = sentBodyEntries(sentBody);
  if (entries.length === 0) return <NotRecorded>{t("nothingSent")}</NotRecorded>;
  return (
    <DescriptionList
      items={entries.map(([name, value]) => ({
        term: name,
        details: <span className="break-all font-mono">{value}</span>,
      }))}
    />
  );
}
