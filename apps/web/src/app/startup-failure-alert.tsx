import { Alert } from "../components/ui/alert.tsx";
import { Button } from "../components/ui/button.tsx";
import { problemOf } from "../lib/api-request-error.ts";

type StartupFailureAlertProps = { error: unknown; onTryAgain: () => void };

export function StartupFailureAlert({ error, onTryAgain }: StartupFailureAlertProps) {
  return (
    <Alert tone="error" title="Permit Desk could not tell whether you are signed in">
      <p>{problemOf(error).message}</p>
      <Button variant="secondary" onClick={onTryAgain}>
        Try again
      </Button>
    </Alert>
  );
}
