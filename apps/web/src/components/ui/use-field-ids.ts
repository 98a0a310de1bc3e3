import { useId } from "react";

type FieldParts = { id: string | undefined; hasHint: boolean; hasErrors: boolean };

/** The ids that tie a control to its label, hint and errors, and the aria attributes they give it. */
export function useFieldIds({ id, hasHint, hasErrors }: FieldParts) {
  const fallbackId = useId();
  const controlId = id ?? fallbackId;
  const hintId = hasHint ? `${controlId}-hint` : undefined;
  const errorId = hasErrors ? `${controlId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return {
    controlId,
    hintId,
    errorId,
    controlAria: { "aria-invalid": hasErrors || undefined, "aria-describedby": describedBy },
  };
}
