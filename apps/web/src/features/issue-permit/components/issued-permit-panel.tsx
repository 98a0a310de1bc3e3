import type { IssuedPermit } from "@permit-desk/schema";
import { useId } from "react";
import { Button } from "../../../components/ui/button.tsx";
import { formatSiteTime } from "../../../lib/format-site-time.ts";
import { CopyReferenceButton } from "./copy-reference-button.tsx";

type IssuedPermitPanelProps = { permit: IssuedPermit; siteTimeZone: string };

export function IssuedPermitPanel({ permit, siteTimeZone }: IssuedPermitPanelProps) {
  const headingId = useId();
  const summary: Array<[string, string]> = [
    ["Plate", permit.plate],
    ["Zone", permit.zone],
    ["Valid from", formatSiteTime(permit.validFrom, siteTimeZone)],
    ["Valid until", formatSiteTime(permit.validUntil, siteTimeZone)],
  ];
  if (permit.amount) summary.push(["Amount", `${permit.amount} ${permit.currency ?? ""}`.trim()]);
  if (permit.permitNo) summary.push(["Permit number", permit.permitNo]);

  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border-2 border-green-700 bg-green-50 p-4 sm:p-6 print:border-black"
    >
      <h2 id={headingId} className="text-lg font-bold text-green-900">
        Permit issued
      </h2>
      <p className="mt-3 text-sm font-semibold text-slate-700">Reference</p>
      <p className="break-all font-mono text-2xl font-bold text-slate-950 sm:text-3xl">
        {permit.referenceId}
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-3 print:hidden">
        <CopyReferenceButton referenceId={permit.referenceId} />
        <Button variant="secondary" onClick={() => window.print()}>
          Print
        </Button>
      </div>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {summary.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold text-slate-700">{term}</dt>
            <dd className="text-slate-950">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
