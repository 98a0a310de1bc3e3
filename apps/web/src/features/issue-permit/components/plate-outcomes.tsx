import { useEffect, useRef } from "react";
import { Alert } from "../../../components/ui/alert.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { TextLink } from "../../../components/ui/text-link.tsx";
import type { ApiProblem } from "../../../lib/api-problem.ts";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { issuePermitMessages } from "../messages.ts";
import type { PlateOutcome } from "../utils/several-plates.ts";

type PlateOutcomesProps = {
  outcomes: readonly PlateOutcome[];
  isIssuing: boolean;
  messageOf: (problem: ApiProblem) => string;
  onIssueHeldAsNew: (plates: string[]) => void;
};

/** How each of several plates ended, when not all were issued; takes focus so it is read. */
export function PlateOutcomes({
  outcomes,
  isIssuing,
  messageOf,
  onIssueHeldAsNew,
}: PlateOutcomesProps) {
  const t = useMessages(issuePermitMessages);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const held = outcomes
    .filter(({ status }) => status === "held" || status === "unconfirmed")
    .map(({ plate }) => plate);
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      tone="warning"
      title={t("outcomesHeading")}
      className="focus:outline-3 focus:outline-offset-2 focus:outline-blue-600"
    >
      <p>{t("outcomesIntro")}</p>
      <ul className="space-y-1">
        {outcomes.map((outcome) => (
          <li key={outcome.plate}>
            <span className="font-mono font-semibold">{outcome.plate}</span>
            {" — "}
            {outcome.status === "issued" && (
              <TextLink href={`/history/${encodeURIComponent(outcome.permit.journalId)}`}>
                {t("outcomeIssued", { reference: outcome.permit.referenceId })}
              </TextLink>
            )}
            {outcome.status === "held" && t("outcomeHeld")}
            {outcome.status === "unconfirmed" && (
              <>
                {t("outcomeUnconfirmed")}{" "}
                {outcome.problem.journalId && (
                  <TextLink href={`/history/${encodeURIComponent(outcome.problem.journalId)}`}>
                    {t("openRecord")}
                  </TextLink>
                )}
              </>
            )}
            {outcome.status === "failed" &&
              t("outcomeFailed", { message: messageOf(outcome.problem) })}
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
