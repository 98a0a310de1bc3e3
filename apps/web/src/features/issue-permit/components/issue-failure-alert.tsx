import { useEffect, useRef } from "react";
import { Alert } from "../../../components/ui/alert.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { TextLink } from "../../../components/ui/text-link.tsx";
import type { IssueFailure } from "../utils/describe-issue-failure.ts";

type IssueFailureAlertProps = {
  failure: IssueFailure;
  /** Focus the alert when no field carries the error, so keyboard users land on it. */
  takeFocus: boolean;
  isIssuing: boolean;
  onTryAgain: () => void;
  onIssueAsNew: () => void;
};

export function IssueFailureAlert({
  failure,
  takeFocus,
  isIssuing,
  onTryAgain,
  onIssueAsNew,
}: IssueFailureAlertProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [takeFocus]);
  const unconfirmed = failure.nextStep === "check-opscom";
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      tone={unconfirmed ? "warning" : "error"}
      title={failure.title}
      className="focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
    >
      <p>{failure.message}</p>
      {failure.advice && <p className="font-semibold">{failure.advice}</p>}
      {unconfirmed && failure.journalId && (
        <p>
          <TextLink href={`/history/${encodeURIComponent(failure.journalId)}`}>
            Check and record what OPSCOM shows
          </TextLink>
        </p>
      )}
      {failure.nextStep === "try-again" && (
        <Button variant="secondary" disabled={isIssuing} onClick={onTryAgain}>
          Try again
        </Button>
      )}
      {unconfirmed && (
        <Button variant="secondary" disabled={isIssuing} onClick={onIssueAsNew}>
          Checked: not in OPSCOM, issue it again
        </Button>
      )}
    </Alert>
  );
}
