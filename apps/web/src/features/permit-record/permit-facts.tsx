import type { PermitRecord } from "@permit-desk/schema";
import { permitStateMessages } from "../../components/permit-state.tsx";
import { type Description, DescriptionList } from "../../components/ui/description-list.tsx";
import { NotRecorded } from "../../components/ui/not-recorded.tsx";
import { formatSiteTime } from "../../lib/format-site-time.ts";
import { formatAmount } from "../../lib/i18n/format.ts";
import type { Locale } from "../../lib/i18n/locale.ts";
import { useLocale } from "../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { type PermitRecordWords, permitRecordMessages } from "./messages.ts";

type PermitFactsProps = { record: PermitRecord; siteTimeZone: string };

function permitFacts(
  record: PermitRecord,
  siteTimeZone: string,
  t: PermitRecordWords,
  locale: Locale,
): Description[] {
  const at = (instant: string) => formatSiteTime(instant, siteTimeZone, locale);
  return [
    {
      term: t("state"),
      details: permitStateMessages.in(locale)("stateLabel", { state: record.state }),
    },
    {
      term: t("reference"),
      details: record.referenceId ? (
        <span className="break-all font-mono font-semibold">{record.referenceId}</span>
      ) : (
        <NotRecorded />
      ),
    },
    { term: t("plate"), details: <span className="font-mono">{record.plate}</span> },
    { term: t("zone"), details: record.zone },
    { term: t("validFrom"), details: at(record.validFrom) },
    { term: t("validUntil"), details: at(record.validUntil) },
    {
      term: t("amount"),
      details: record.amount ? (
        formatAmount(record.amount, record.currency, locale)
      ) : (
        <NotRecorded />
      ),
    },
    { term: t("permitNumber"), details: record.permitNo ?? <NotRecorded /> },
    { term: t("submittedBy"), details: record.actor },
    { term: t("submittedAt"), details: at(record.createdAt) },
    {
      term: t("completedAt"),
      details: record.completedAt ? (
        at(record.completedAt)
      ) : (
        <NotRecorded>{t("notYet")}</NotRecorded>
      ),
    },
    {
      term: t("journalEntry"),
      details: <span className="break-all font-mono">{record.id}</span>,
    },
  ];
}

export function PermitFacts({ record, siteTimeZone }: PermitFactsProps) {
  const t = useMessages(permitRecordMessages);
  const { locale } = useLocale();
  return <DescriptionList items={permitFacts(record, siteTimeZone, t, locale)} />;
}
