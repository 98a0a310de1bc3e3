import type { PermitRecord } from "@permit-desk/schema";
import { type Description, DescriptionList } from "../../../components/ui/description-list.tsx";
import { NotRecorded } from "../../../components/ui/not-recorded.tsx";
import { formatSiteTime } from "../../../lib/format-site-time.ts";
import { PERMIT_STATE_LABELS } from "../utils/permit-state-labels.ts";

type PermitFactsProps = { record: PermitRecord; siteTimeZone: string };

function permitFacts(record: PermitRecord, siteTimeZone: string): Description[] {
  const at = (instant: string) => formatSiteTime(instant, siteTimeZone);
  return [
    { term: "State", details: PERMIT_STATE_LABELS[record.state] },
    {
      term: "Reference",
      details: record.referenceId ? (
        <span className="break-all font-mono font-semibold">{record.referenceId}</span>
      ) : (
        <NotRecorded />
      ),
    },
    { term: "Plate", details: <span className="font-mono">{record.plate}</span> },
    { term: "Zone", details: record.zone },
    { term: "Valid from", details: at(record.validFrom) },
    { term: "Valid until", details: at(record.validUntil) },
    {
      term: "Amount",
      details: record.amount ? `${record.amount} ${record.currency ?? ""}`.trim() : <NotRecorded />,
    },
    { term: "Permit number", details: record.permitNo ?? <NotRecorded /> },
    { term: "Submitted by", details: record.actor },
    { term: "Submitted at", details: at(record.createdAt) },
    {
      term: "Completed at",
      details: record.completedAt ? at(record.completedAt) : <NotRecorded>Not yet</NotRecorded>,
    },
    { term: "Journal entry", details: <span className="break-all font-mono">{record.id}</span> },
  ];
}

export function PermitFacts({ record, siteTimeZone }: PermitFactsProps) {
  return <DescriptionList items={permitFacts(record, siteTimeZone)} />;
}
