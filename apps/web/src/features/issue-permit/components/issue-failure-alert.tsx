import { useEffect, useRef } from "react";
import { Alert } from "../../../components/ui/alert.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { TextLink } from "../../../components/ui/text-link.tsx";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { issuePermitMessages } from "../messages.ts";
import type { IssueFailure } from "../utils/describe-issue-failure.ts";

type IssueFailureAlertProps = {
  failure: IssueFailure;
  /** Focus the alert when no field carries the error, so keyboard users land on it. */
  takeFocus: boolean;
  /** The plate whose permit was just held back rather than sent again, if one was. */
  heldPlate: string | undefined;
  isIssuing: boolean;
  onTryAgain: () => void;
  onIssueAsNew: () => void;
};

export function IssueFailureAlert({
  failure,
  takeFocus,
  heldPlate,
  isIssuing,
  onTryAgain,
  onIssueAsNew,
}: IssueFailureAlertProps) {
  const t = useMessages(issuePermitMessages);
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
      // Focus comes here from a click as well as from a key: it must show either way.
      className="focus:outline-3 focus:outline-offset-2 focus:outline-blue-600"
    >
      {heldPlate && (
        <p className="rounded border-2 border-amber-700 bg-white px-2 py-1 font-semibold text-slate-950">
          {t("heldNothingSent", { plate: heldPlate })}
        </p>
      )}
      <p>{failure.message}</p>
      {failure.advice && <p className="font-semibold">{failure.advice}</p>}
      {unconfirmed && failure.journalId && (
        <p>
          <TextLink href={`/history/${encodeURIComponent(failure.journalId)}`}>
            {t("openRecord")}
          </TextLink>
        </p>
      )}
      {failure.nextStep === "try-again" && (
        <Button variant="secondary" disabled={isIssuing} onClick={onTryAgain}>
          {t("tryAgain")}
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
