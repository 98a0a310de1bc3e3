import type { ActivePermits } from "@permit-desk/schema";
import type { UseQueryResult } from "@tanstack/react-query";
import { TextLink } from "../../../components/ui/text-link.tsx";
import { problemOf } from "../../../lib/api-request-error.ts";
import { formatSiteTime } from "../../../lib/format-site-time.ts";
import { permitRecordHref } from "../utils/permit-record-href.ts";

type PlateCoverageAnswerProps = {
  plate: string;
  coverage: UseQueryResult<ActivePermits>;
  siteTimeZone: string;
};

export function PlateCoverageAnswer({ plate, coverage, siteTimeZone }: PlateCoverageAnswerProps) {
  if (coverage.isPending || coverage.isFetching) return <p>Checking {plate}…</p>;
  if (coverage.isError) {
    return (
      <p className="font-semibold text-red-800">
        Could not check {plate}: {problemOf(coverage.error).message}
      </p>
    );
  }
  const { permits, at } = coverage.data;
  const checkedAt = `Checked at ${formatSiteTime(at, siteTimeZone)}.`;
  if (permits.length === 0) {
    return (
      <p>
        <span className="font-semibold">No active permit issued here for {plate}.</span>{" "}
        <span className="text-slate-700">{checkedAt}</span>
      </p>
    );
  }
  return (
    <div className="space-y-2">
      <p>
        <span className="font-semibold">
          {plate} is covered now by{" "}
          {permits.length === 1 ? "1 permit" : `${permits.length} permits`}.
        </span>{" "}
        <span className="text-slate-700">{checkedAt}</span>
      </p>
      <ul className="space-y-2">
        {permits.map((permit) => (
          <li key={permit.id} className="rounded-md border border-green-700 bg-green-50 p-3">
            <TextLink href={permitRecordHref(permit.id)}>
              {permit.zone}, until {formatSiteTime(permit.validUntil, siteTimeZone)}
            </TextLink>
            <p className="text-sm text-slate-900">
              Reference{" "}
              <span className="break-all font-mono font-semibold">{permit.referenceId}</span>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
