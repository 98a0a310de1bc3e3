import type { PermitChange } from "@permit-desk/schema";
import { useEffect, useRef } from "react";
import { Alert } from "../../components/ui/alert.tsx";
import { Button } from "../../components/ui/button.tsx";
import { commonMessages } from "../../lib/i18n/common-messages.ts";
import { useLocale } from "../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { problemText } from "../../lib/i18n/problem-text.ts";
import { changeFailureKind } from "../../lib/permit-change.ts";
import { permitRecordMessages } from "./messages.ts";
import type { ChangeFailure } from "./use-permit-change.ts";

type ChangeFailureAlertProps = {
  failure: ChangeFailure;
  /** The permit's changes as the page reads them now, to tell when staff settled this one. */
  changes: readonly PermitChange[];
  /** Whether the member can record what OPSCOM shows of a change it did not confirm. */
  canReconcile: boolean;
  isSending: boolean;
  onTryAgain: () => void;
};

/** Why the change was not made, or that OPSCOM did not say; takes focus unless a field has it. */
export function ChangeFailureAlert({
  failure,
  changes,
  canReconcile,
  isSending,
  onTryAgain,
}: ChangeFailureAlertProps) {
  const t = useMessages(permitRecordMessages);
  const common = useMessages(commonMessages);
  const { locale } = useLocale();
  const ref = useRef<HTMLDivElement>(null);
  const { problem, onFields } = failure;
  useEffect(() => {
    if (!onFields) ref.current?.focus();
  }, [onFields]);
  const kind = changeFailureKind(problem);
  // Once staff recorded what OPSCOM shows, asking again would only repeat the lost answer.
  const finding =
    kind === "unconfirmed"
      ? changes.find((change) => change.id === problem.journalId)?.finding
      : undefined;
  const title =
    kind === "unconfirmed"
      ? t("failUnconfirmed")
      : kind === "retry"
        ? t("failRetry")
        : problem.code === "forbidden"
          ? t("failForbidden")
          : t("failRefused");
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      tone={kind === "unconfirmed" ? "warning" : "error"}
      title={title}
      className="focus:outline-3 focus:outline-offset-2 focus:outline-blue-600"
    >
      <p>{problemText(problem, locale)}</p>
      {kind === "unconfirmed" && finding === undefined && (
        <p className="font-semibold">
          {canReconcile ? t("failUnconfirmedManager") : t("failUnconfirmedStaff")}
        </p>
      )}
      {finding !== undefined && (
        <p className="font-semibold">
          {t("settledSince", { finding: t("findingSummary", { finding }) })}
        </p>
      )}
      {kind !== "refused" && finding === undefined && (
        <>
          <p>{kind === "unconfirmed" ? t("unconfirmedTryAgain") : t("retryAdvice")}</p>
          <Button variant="secondary" disabled={isSending} onClick={onTryAgain}>
            {isSending ? t("sending") : common("tryAgain")}
          </Button>
        </>
      )}
    </Alert>
  );
}
