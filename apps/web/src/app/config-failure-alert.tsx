import { Alert } from "../components/ui/alert.tsx";
import { Button } from "../components/ui/button.tsx";
import { problemOf } from "../lib/api-request-error.ts";

type ConfigFailureAlertProps = { error: unknown; onTryAgain: () => void };

export function ConfigFailureAlert({ error, onTryAgain }: ConfigFailureAlertProps) {
  return (
    <Alert tone="error" title="Permit Desk could not load its settings" className="mb-6">
      <p>{problemOf(error).message}</p>
      <Button variant="secondary" onClick={onTryAgain}>
        Try again
      </Button>
    </Alert>
  );
}
