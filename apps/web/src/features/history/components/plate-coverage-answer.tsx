import type { ActivePermits, PermitSummary } from "@permit-desk/schema";
import type { UseQueryResult } from "@tanstack/react-query";
import { TextLink } from "../../../components/ui/text-link.tsx";
import { problemOf } from "../../../lib/api-request-error.ts";
import { classNames } from "../../../lib/class-names.ts";
import { formatSiteTime } from "../../../lib/format-site-time.ts";
import { permitRecordHref } from "../utils/permit-record-href.ts";
import { PERMIT_STATE_LABELS } from "../utils/permit-state-labels.ts";
import { isConfirmedCover, plateCoverageHeadline } from "../utils/plate-coverage.ts";
import { FoundInOpscom } from "./found-in-opscom.tsx";

type PlateCoverageAnswerProps = {
  plate: string;
  coverage: UseQueryResult<ActivePermits>;
  siteTimeZone: string;
};

function CoverReference({ permit }: { permit: PermitSummary }) {
  if (permit.referenceId) {
    return (
      <>
        Reference <span className="break-all font-mono font-semibold">{permit.referenceId}</span>
      </>
    );
  }
  if (permit.foundReferenceId) {
    return (
      <FoundInOpscom
        lead={`${PERMIT_STATE_LABELS[permit.state]} · found in OPSCOM as`}
        referenceId={permit.foundReferenceId}
      />
    );
  }
  return (
    <span className="font-semibold text-amber-950">
      <span aria-hidden="true">⚠ </span>
      {PERMIT_STATE_LABELS[permit.state]} — may exist in OPSCOM
    </span>
  );
}

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
  return (
    <div className="space-y-2">
      <p>
        <span className="font-semibold">{plateCoverageHeadline(plate, permits)}</span>{" "}
        <span className="text-slate-700">{checkedAt}</span>
      </p>
      {permits.length > 0 && (
        <ul className="space-y-2">
          {permits.map((permit) => (
            <li
              key={permit.id}
              className={classNames(
                "rounded-md border p-3",
                isConfirmedCover(permit)
                  ? "border-green-700 bg-green-50"
                  : "border-l-4 border-amber-700 bg-amber-100",
              )}
            >
              <TextLink href={permitRecordHref(permit.id)}>
                {permit.zone}, until {formatSiteTime(permit.validUntil, siteTimeZone)}
              </TextLink>
              <p className="text-sm text-slate-900">
                <CoverReference permit={permit} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
