import { Alert } from "../components/ui/alert.tsx";
import { Button } from "../components/ui/button.tsx";
import { problemMessage } from "../lib/api-problem.ts";
import { problemOf } from "../lib/api-request-error.ts";
import { commonMessages } from "../lib/i18n/common-messages.ts";
import { useLocale } from "../lib/i18n/locale-context.tsx";
import { useMessages } from "../lib/i18n/messages.ts";

type StartupFailureAlertProps = { error: unknown; onTryAgain: () => void };

export function StartupFailureAlert({ error, onTryAgain }: StartupFailureAlertProps) {
  const t = useMessages(commonMessages);
  const { locale } = useLocale();
  return (
    <Alert tone="error" title={t("startupFailed")}>
      <p>{problemMessage(problemOf(error), locale)}</p>
      <Button variant="secondary" onClick={onTryAgain}>
        {t("tryAgain")}
      </Button>
    </Alert>
  );
}
