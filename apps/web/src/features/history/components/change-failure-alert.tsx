import { useEffect, useRef } from "react";
import { Alert } from "../../../components/ui/alert.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { commonMessages } from "../../../lib/i18n/common-messages.ts";
import { useLocale } from "../../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { problemText } from "../../../lib/i18n/problem-text.ts";
import { changeFailureKind } from "../../../lib/permit-change.ts";
import { changeMessages } from "../change-messages.ts";
import type { ChangeFailure } from "../hooks/use-permit-change.ts";

type ChangeFailureAlertProps = {
  failure: ChangeFailure;
  /** Whether the member can record what OPSCOM shows of a change it did not confirm. */
  canReconcile: boolean;
  isSending: boolean;
  onTryAgain: () => void;
};

/** Why the change was not made, or that OPSCOM did not say; takes focus unless a field has it. */
export function ChangeFailureAlert({
  failure,
  canReconcile,
  isSending,
  onTryAgain,
}: ChangeFailureAlertProps) {
  const t = useMessages(changeMessages);
  const common = useMessages(commonMessages);
  const { locale } = useLocale();
  const ref = useRef<HTMLDivElement>(null);
  const { problem, onFields } = failure;
  useEffect(() => {
    if (!onFields) ref.current?.focus();
  }, [onFields]);
  const kind = changeFailureKind(problem);
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
      {kind === "unconfirmed" && (
        <p className="font-semibold">
          {canReconcile ? t("failUnconfirmedManager") : t("failUnconfirmedStaff")}
        </p>
      )}
      {kind !== "refused" && (
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
