import { type ActiveCover, type ActivePermits, normalizePlate } from "@permit-desk/schema";
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

type CoverageFacts = Pick<ActiveCover, "state" | "referenceId">;

/** A permit valid now that surely exists in OPSCOM: issued, or found there by staff. */
export function isConfirmedCover(permit: CoverageFacts): boolean {
  return permit.referenceId !== undefined;
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

function CoverReference({ permit }: { permit: ActiveCover }) {
  const t = useMessages(historyMessages);
  const state = useMessages(permitStateMessages)("stateLabel", { state: permit.state });
  if (permit.referenceId) {
    // Only an unconfirmed submission has a reference staff found rather than OPSCOM's answer.
    const lead = permit.state === "unknown" ? t("stateFoundInOpscomAs", { state }) : t("reference");
    return <Reference lead={lead} referenceId={permit.referenceId} />;
  }
  return (
    <span className="font-semibold text-amber-950">
      <span aria-hidden="true">⚠ </span>
      {t("mayExistInOpscom", { state })}
    </span>
  );
}

/** Its zone and end, leading to its record when the member may open it. */
function CoverTitle({ permit, siteTimeZone }: { permit: ActiveCover; siteTimeZone: string }) {
  const t = useMessages(historyMessages);
  const { locale } = useLocale();
  const title = t("coverUntil", {
    zone: permit.zone,
    time: formatSiteTime(permit.validUntil, siteTimeZone, locale),
  });
  if (permit.id !== undefined)
    return <TextLink href={permitRecordHref(permit.id)}>{title}</TextLink>;
  return (
    <p>
      <span className="font-semibold">{title}</span>{" "}
      <span className="text-slate-700">{t("issuedByAnother")}</span>
    </p>
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
          {permits.map((permit, index) => (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: one answer's permits, in order; another member's has no id to show.
              key={index}
              className={classNames(
                "rounded-md border p-3",
                isConfirmedCover(permit)
                  ? "border-green-700 bg-green-50"
                  : "border-l-4 border-amber-700 bg-amber-100",
              )}
            >
              <CoverTitle permit={permit} siteTimeZone={siteTimeZone} />
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
