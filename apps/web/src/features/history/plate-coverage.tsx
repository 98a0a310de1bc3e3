import { type ActivePermits, normalizePlate, type PermitSummary } from "@permit-desk/schema";
import type { UseQueryResult } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { permitStateMessages, Reference } from "../../components/permit-state.tsx";
import { Button } from "../../components/ui/button.tsx";
import { Field } from "../../components/ui/field.tsx";
import { plateInputProps } from "../../components/ui/styles.ts";
import { TextLink } from "../../components/ui/text-link.tsx";
import { classNames } from "../../lib/class-names.ts";
import { formatSiteTime } from "../../lib/format-site-time.ts";
import { useLocale } from "../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { useProblemText } from "../../lib/i18n/problem-text.ts";
import { permitRecordHref } from "../../lib/permit-record-href.ts";
import { useActivePermits } from "./api.ts";
import { type HistoryWords, historyMessages } from "./messages.ts";

type CoverageFacts = Pick<PermitSummary, "state" | "finding">;

/** A permit valid now that surely exists in OPSCOM: issued, or found there by staff. */
export function isConfirmedCover(permit: CoverageFacts): boolean {
  return permit.state === "issued" || (permit.state === "unknown" && permit.finding === "exists");
}

/**
 * The first sentence of the answer for a plate. Permits that may exist in OPSCOM (never
 * confirmed, or still being sent) are never left out: "no active permit" must mean none.
 */
export function plateCoverageHeadline(
  plate: string,
  permits: readonly CoverageFacts[],
  t: HistoryWords,
): string {
  const confirmed = permits.filter(isConfirmedCover).length;
  return t("coverage", { plate, confirmed, uncertain: permits.length - confirmed });
}

type PlateCoverageAnswerProps = {
  plate: string;
  coverage: UseQueryResult<ActivePermits>;
  siteTimeZone: string;
};

function CoverReference({ permit }: { permit: PermitSummary }) {
  const t = useMessages(historyMessages);
  const state = useMessages(permitStateMessages)("stateLabel", { state: permit.state });
  if (permit.referenceId) {
    return <Reference lead={t("reference")} referenceId={permit.referenceId} />;
  }
  if (permit.foundReferenceId) {
    return (
      <Reference
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

function PlateCoverageAnswer({ plate, coverage, siteTimeZone }: PlateCoverageAnswerProps) {
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

/** "Is this plate covered now?": the issued permits valid at this moment for a plate. */
export function PlateCoverageLookup({ siteTimeZone }: { siteTimeZone: string }) {
  const headingId = useId();
  const t = useMessages(historyMessages);
  const [typed, setTyped] = useState("");
  const [plateMissing, setPlateMissing] = useState(false);
  const [plate, setPlate] = useState<string | undefined>(undefined);
  const coverage = useActivePermits(plate);

  function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const asked = normalizePlate(typed);
    setPlateMissing(!asked);
    if (!asked) return;
    if (asked === plate) void coverage.refetch();
    else setPlate(asked);
  }

  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-slate-300 bg-slate-50 p-4"
    >
      <h2 id={headingId} className="text-lg font-bold text-slate-950">
        {t("coverageHeading")}
      </h2>
      <form noValidate onSubmit={check} className="mt-3 flex flex-wrap items-start gap-3">
        <Field
          label={t("plateToCheck")}
          className="w-full max-w-xs"
          inputProps={{
            value: typed,
            onChange: (event) => setTyped(event.target.value),
            ...plateInputProps,
          }}
          errors={plateMissing ? [t("plateRequired")] : []}
        />
        <Button type="submit" variant="secondary" className="sm:mt-6">
          {t("checkPlate")}
        </Button>
      </form>
      <div role="status" className="mt-3">
        {plate !== undefined && (
          <PlateCoverageAnswer plate={plate} coverage={coverage} siteTimeZone={siteTimeZone} />
        )}
      </div>
    </section>
  );
}
