import { classNames } from "../../lib/class-names.ts";
import { useProblemText } from "../../lib/i18n/problem-text.ts";
import { Alert } from "./alert.tsx";

type ProblemProps = { error: unknown; className?: string };

/** Why a request failed, under a title saying what did not happen; nothing while none has. */
export function ProblemAlert({ title, error, className }: ProblemProps & { title: string }) {
  const problemText = useProblemText();
  if (!error) return null;
  return (
    <Alert tone="error" title={title} className={className}>
      <p>{problemText(error)}</p>
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
