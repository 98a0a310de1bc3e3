import { Alert } from "../components/ui/alert.tsx";
import { Button } from "../components/ui/button.tsx";
import { problemMessage } from "../lib/api-problem.ts";
import { problemOf } from "../lib/api-request-error.ts";
import { commonMessages } from "../lib/i18n/common-messages.ts";
import { useLocale } from "../lib/i18n/locale-context.tsx";
import { useMessages } from "../lib/i18n/messages.ts";

type ConfigFailureAlertProps = { error: unknown; onTryAgain: () => void };

export function ConfigFailureAlert({ error, onTryAgain }: ConfigFailureAlertProps) {
  const t = useMessages(commonMessages);
  const { locale } = useLocale();
  return (
    <Alert tone="error" title={t("settingsFailed")} className="mb-6">
      <p>{problemMessage(problemOf(error), locale)}</p>
      <Button variant="secondary" onClick={onTryAgain}>
        {t("tryAgain")}
      </Button>
    </Alert>
  );
}
