import type { ComponentProps, ReactNode } from "react";
import { classNames } from "../../lib/class-names.ts";
import { ErrorList } from "./error-list.tsx";
import { FieldHint } from "./field-hint.tsx";
import { Input } from "./input.tsx";
import { Label } from "./label.tsx";
import { useFieldIds } from "./use-field-ids.ts";

type FieldProps = {
  label: string;
  inputProps: ComponentProps<"input">;
  hint?: ReactNode;
  errors?: readonly string[];
  className?: string;
};

export function Field({ label, inputProps, hint, errors = [], className }: FieldProps) {
  const { controlId, hintId, errorId, controlAria } = useFieldIds({
    id: inputProps.id,
    hasHint: Boolean(hint),
    hasErrors: errors.length > 0,
  });
  return (
    <div className={className}>
      <Label htmlFor={controlId}>{label}</Label>
      <Input
        {...inputProps}
        id={controlId}
        {...controlAria}
        className={classNames("mt-1", inputProps.className)}
      />
      <FieldHint id={hintId}>{hint}</FieldHint>
      <ErrorList id={errorId} errors={errors} />
    </div>
  );
}
