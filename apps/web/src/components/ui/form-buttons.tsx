import type { ComponentProps } from "react";
import { commonMessages } from "../../lib/i18n/common-messages.ts";
import { useMessages } from "../../lib/i18n/messages.ts";
import { Button } from "./button.tsx";

type SubmitButtonProps = { isPending: boolean; label: string; pendingLabel?: string };

/** Sends its form; while it is being sent it cannot be pressed again, and says so when told how. */
export function SubmitButton({ isPending, label, pendingLabel = label }: SubmitButtonProps) {
  return (
    <Button type="submit" disabled={isPending}>
      {isPending ? pendingLabel : label}
    </Button>
  );
}

/** Leaves a form without sending it. */
export function CancelButton(props: Omit<ComponentProps<"button">, "children">) {
  const common = useMessages(commonMessages);
  return (
    <Button variant="secondary" {...props}>
      {common("cancel")}
    </Button>
  );
}
