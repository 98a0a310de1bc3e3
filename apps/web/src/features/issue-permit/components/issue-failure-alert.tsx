import { Alert } from "../../../components/ui/alert.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { TextLink } from "../../../components/ui/text-link.tsx";
import type { ApiProblem } from "../../../lib/api-problem.ts";
import { commonMessages } from "../../../lib/i18n/common-messages.ts";
import { useLocale } from "../../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { problemText } from "../../../lib/i18n/problem-text.ts";
import { permitRecordHref } from "../../../lib/permit-record-href.ts";
import { type IssuePermitT, issuePermitMessages } from "../messages.ts";
import type { PlateOutcome } from "../utils/issue-attempts.ts";

const RETRYABLE_STATUSES = new Set([409, 429, 500, 502, 503, 504]);

/**
 * What the user should do next:
 * - `try-again`: send the same submission again (same idempotency key, so never a second permit);
 * - `check-opscom`: the permit may exist; look it up before issuing it again;
 * - `fix`: change something first.
 */
type NextStep = "try-again" | "check-opscom" | "fix";

/** The words and next step of each kind of failure; a code not listed is one to fix. */
const FAILURES = {
  opscom_unconfirmed: {
    title: "failCheckOpscom",
    advice: "failCheckOpscomAdvice",
    nextStep: "check-opscom",
  },
  opscom_unreachable: { title: "failUnreachable", nextStep: "try-again" },
  draining: { title: "failRestarting", advice: "restartingAdvice", nextStep: "try-again" },
  internal: { title: "failInternal", advice: "answerLost", nextStep: "try-again" },
  forbidden: { title: "failForbidden", nextStep: "fix" },
  answerLost: { title: "failNoAnswer", advice: "answerLost", nextStep: "try-again" },
  notIssued: { title: "failNotIssued", nextStep: "fix" },
} as const satisfies Record<string, { title: string; advice?: string; nextStep: NextStep }>;

function kindOfFailure({ code, status }: ApiProblem): keyof typeof FAILURES {
  // Seen by the browser alone: the answer was lost unless one came that refused the request.
  if (code === "network" || code === "timeout" || code === "unexpected_response") {
    return status === undefined || RETRYABLE_STATUSES.has(status) ? "answerLost" : "notIssued";
  }
  return Object.hasOwn(FAILURES, code) ? (code as keyof typeof FAILURES) : "notIssued";
}

/**
 * What to tell staff about a failed attempt, in their language. `messageOf` words the problem
 * itself in it (the BFF's codes included).
 */
export function describeIssueFailure(
  problem: ApiProblem,
  t: IssuePermitT,
  messageOf: (problem: ApiProblem) => string = (problem) => problemText(problem, "en-CA"),
) {
  const failure = FAILURES[kindOfFailure(problem)];
  return {
    title: t(failure.title),
    message: messageOf(problem),
    advice: "advice" in failure ? t(failure.advice) : undefined,
    nextStep: failure.nextStep,
    /** The journal entry where staff record what OPSCOM shows, for `check-opscom`. */
    journalId: failure.nextStep === "check-opscom" ? problem.journalId : undefined,
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
  const failure = describeIssueFailure(problem, t, (problem) => problemText(problem, locale));
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
