import { Alert } from "../../../components/ui/alert.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { TextLink } from "../../../components/ui/text-link.tsx";
import type { ApiProblem } from "../../../lib/api-problem.ts";
import { commonMessages } from "../../../lib/i18n/common-messages.ts";
import type { Locale } from "../../../lib/i18n/locale.ts";
import { useLocale } from "../../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { problemText } from "../../../lib/i18n/problem-text.ts";
import { changeFailureKind } from "../../../lib/permit-change.ts";
import { permitRecordHref } from "../../../lib/permit-record-href.ts";
import { issuePermitMessages } from "../messages.ts";
import type { PlateOutcome } from "../utils/issue-attempts.ts";

/**
 * What the user should do next:
 * - `try-again`: send the same submission again (same idempotency key, so never a second permit);
 * - `check-opscom`: the permit may exist; look it up before issuing it again;
 * - `fix`: change something first.
 */
const NEXT_STEPS = { retry: "try-again", unconfirmed: "check-opscom", refused: "fix" } as const;

/** The words of each kind of failure: those of its code where it has its own, else of its kind. */
const FAILURES = {
  opscom_unreachable: { title: "failUnreachable" },
  draining: { title: "failRestarting", advice: "restartingAdvice" },
  internal: { title: "failInternal", advice: "answerLost" },
  forbidden: { title: "failForbidden" },
  unconfirmed: { title: "failCheckOpscom", advice: "failCheckOpscomAdvice" },
  retry: { title: "failNoAnswer", advice: "answerLost" },
  refused: { title: "failNotIssued" },
} as const satisfies Record<string, { title: string; advice?: string }>;

/** What to tell staff about a failed attempt, in their language, the BFF's codes included. */
export function describeIssueFailure(problem: ApiProblem, locale: Locale = "en-CA") {
  const t = issuePermitMessages.in(locale);
  const kind = changeFailureKind(problem);
  const failure =
    FAILURES[
      Object.hasOwn(FAILURES, problem.code) ? (problem.code as keyof typeof FAILURES) : kind
    ];
  const nextStep = NEXT_STEPS[kind];
  return {
    title: t(failure.title),
    message: problemText(problem, locale),
    advice: "advice" in failure ? t(failure.advice) : undefined,
    nextStep,
    /** The journal entry where staff record what OPSCOM shows, for `check-opscom`. */
    journalId: nextStep === "check-opscom" ? problem.journalId : undefined,
  };
}

type IssueFailureAlertProps = {
  problem: ApiProblem;
  /** Focus the alert when no field carries the error, so keyboard users land on it. */
  takeFocus: boolean;
  /** The plate whose permit was just held back rather than sent again, if one was. */
  heldPlate: string | undefined;
  isIssuing: boolean;
  onTryAgain: () => void;
  onIssueAsNew: () => void;
};

export function IssueFailureAlert({
  problem,
  takeFocus,
  heldPlate,
  isIssuing,
  onTryAgain,
  onIssueAsNew,
}: IssueFailureAlertProps) {
  const t = useMessages(issuePermitMessages);
  const common = useMessages(commonMessages);
  const { locale } = useLocale();
  const failure = describeIssueFailure(problem, locale);
  const unconfirmed = failure.nextStep === "check-opscom";
  return (
    <Alert takeFocus={takeFocus} tone={unconfirmed ? "warning" : "error"} title={failure.title}>
      {heldPlate && (
        <p className="rounded border-2 border-amber-700 bg-white px-2 py-1 font-semibold text-slate-950">
          {t("heldNothingSent", { plate: heldPlate })}
        </p>
      )}
      <p>{failure.message}</p>
      {failure.advice && <p className="font-semibold">{failure.advice}</p>}
      {unconfirmed && failure.journalId && (
        <p>
          <TextLink href={permitRecordHref(failure.journalId)}>{t("openRecord")}</TextLink>
        </p>
      )}
      {failure.nextStep === "try-again" && (
        <Button variant="secondary" disabled={isIssuing} onClick={onTryAgain}>
          {common("tryAgain")}
        </Button>
      )}
      {unconfirmed && (
        <Button variant="secondary" disabled={isIssuing} onClick={onIssueAsNew}>
          {t("checkedNotInOpscom")}
        </Button>
      )}
    </Alert>
  );
}

type PlateOutcomesProps = {
  outcomes: readonly PlateOutcome[];
  isIssuing: boolean;
  onIssueHeldAsNew: (plates: string[]) => void;
};

/** How each of several plates ended, when not all were issued; takes focus so it is read. */
export function PlateOutcomes({ outcomes, isIssuing, onIssueHeldAsNew }: PlateOutcomesProps) {
  const t = useMessages(issuePermitMessages);
  const { locale } = useLocale();
  const held = outcomes
    .filter(({ status }) => status === "held" || status === "unconfirmed")
    .map(({ plate }) => plate);
  return (
    <Alert takeFocus tone="warning" title={t("outcomesHeading")}>
      <p>{t("outcomesIntro")}</p>
      <ul className="space-y-1">
        {outcomes.map((outcome) => (
          <li key={outcome.plate}>
            <span className="font-mono font-semibold">{outcome.plate}</span>
            {" — "}
            {outcome.status === "issued" && (
              <TextLink href={permitRecordHref(outcome.permit.journalId)}>
                {t("outcomeIssued", { reference: outcome.permit.referenceId })}
              </TextLink>
            )}
            {outcome.status === "held" && t("outcomeHeld")}
            {outcome.status === "unconfirmed" && (
              <>
                {t("outcomeUnconfirmed")}{" "}
                {outcome.problem.journalId && (
                  <TextLink href={permitRecordHref(outcome.problem.journalId)}>
                    {t("openRecord")}
                  </TextLink>
                )}
              </>
            )}
            {outcome.status === "failed" &&
              t("outcomeFailed", { message: problemText(outcome.problem, locale) })}
          </li>
        ))}
      </ul>
      {held.length > 0 && (
        <Button variant="secondary" disabled={isIssuing} onClick={() => onIssueHeldAsNew(held)}>
          {t("releaseHeld")}
        </Button>
      )}
    </Alert>
  );
}
