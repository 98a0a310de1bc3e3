import { classNames } from "../../lib/class-names.ts";
import { commonMessages } from "../../lib/i18n/common-messages.ts";
import { useMessages } from "../../lib/i18n/messages.ts";
import { useProblemText } from "../../lib/i18n/problem-text.ts";
import { Alert } from "./alert.tsx";
import { Button } from "./button.tsx";

type ProblemProps = { error: unknown; className?: string };

type ProblemAlertProps = ProblemProps & { title: string; onTryAgain?: (() => void) | undefined };

/**
 * Why a request failed, under a title saying what did not happen, with Try again when asking
 * again may help; nothing while none has.
 */
export function ProblemAlert({ title, error, className, onTryAgain }: ProblemAlertProps) {
  const problemText = useProblemText();
  const common = useMessages(commonMessages);
  if (!error) return null;
  return (
    <Alert tone="error" title={title} className={className}>
      <p>{problemText(error)}</p>
      {onTryAgain && (
        <Button variant="secondary" onClick={onTryAgain}>
          {common("tryAgain")}
        </Button>
      )}
    </Alert>
  );
}

/** Why a request failed, in one line beside what it was about; nothing while none has. */
export function ProblemLine({ error, className }: ProblemProps) {
  const problemText = useProblemText();
  if (!error) return null;
  return (
    <p role="alert" className={classNames("font-medium text-red-700", className)}>
      {problemText(error)}
    </p>
  );
}
