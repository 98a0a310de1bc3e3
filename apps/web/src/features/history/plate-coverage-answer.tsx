import type { ActivePermits, PermitSummary } from "@permit-desk/schema";
import type { UseQueryResult } from "@tanstack/react-query";
import { FoundInOpscom, permitStateMessages } from "../../components/permit-state.tsx";
import { TextLink } from "../../components/ui/text-link.tsx";
import { classNames } from "../../lib/class-names.ts";
import { formatSiteTime } from "../../lib/format-site-time.ts";
import { useLocale } from "../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { useProblemText } from "../../lib/i18n/problem-text.ts";
import { permitRecordHref } from "../../lib/permit-record-href.ts";
import { historyMessages } from "./messages.ts";
import { isConfirmedCover, plateCoverageHeadline } from "./plate-coverage.ts";

type PlateCoverageAnswerProps = {
  plate: string;
  coverage: UseQueryResult<ActivePermits>;
  siteTimeZone: string;
};

function CoverReference({ permit }: { permit: PermitSummary }) {
  const t = useMessages(historyMessages);
  const state = useMessages(permitStateMessages)("stateLabel", { state: permit.state });
  if (permit.referenceId) {
    return (
      <>
        {t("reference")}{" "}
        <span className="break-all font-mono font-semibold">{permit.referenceId}</span>
      </>
    );
  }
  if (permit.foundReferenceId) {
    return (
      <FoundInOpscom
        lead={t("stateFoundInOpscomAs", { state })}
        referenceId={permit.foundReferenceId}
      />
    );
  }
  return (
    <span className="font-semibold text-amber-950">
      <span aria-hidden="true">⚠ </span>
      {t("mayExistInOpscom", { state })}
    </span>
  );
}

export function PlateCoverageAnswer({ plate, coverage, siteTimeZone }: PlateCoverageAnswerProps) {
  const t = useMessages(historyMessages);
  const { locale } = useLocale();
  const problemText = useProblemText();
  if (coverage.isPending || coverage.isFetching) return <p>{t("checking", { plate })}</p>;
  if (coverage.isError) {
    return (
      <p className="font-semibold text-red-800">
        {t("checkFailed", { plate, problem: problemText(coverage.error) })}
      </p>
    );
  }
  const { permits, at } = coverage.data;
  const checkedAt = t("checkedAt", { time: formatSiteTime(at, siteTimeZone, locale) });
  return (
    <div className="space-y-2">
      <p>
        <span className="font-semibold">{plateCoverageHeadline(plate, permits, t)}</span>{" "}
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
                {t("coverUntil", {
                  zone: permit.current.zoneName,
                  time: formatSiteTime(permit.current.validUntil, siteTimeZone, locale),
                })}
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
