import type { ComponentProps, ReactNode } from "react";
import { classNames } from "../../lib/class-names.ts";
import { ErrorList } from "./error-list.tsx";
import { FieldHint } from "./field-hint.tsx";
import { Label } from "./label.tsx";
import { Textarea } from "./textarea.tsx";
import { useFieldIds } from "./use-field-ids.ts";

type TextareaFieldProps = {
  label: string;
  textareaProps: ComponentProps<"textarea">;
  hint?: ReactNode;
  errors?: readonly string[];
  className?: string;
};

export function TextareaField({
  label,
  textareaProps,
  hint,
  errors = [],
  className,
}: TextareaFieldProps) {
  const { controlId, hintId, errorId, controlAria } = useFieldIds({
    id: textareaProps.id,
    hasHint: Boolean(hint),
    hasErrors: errors.length > 0,
  });
  return (
    <div className={className}>
      <Label htmlFor={controlId}>{label}</Label>
      <Textarea
        {...textareaProps}
        id={controlId}
        {...controlAria}
        className={classNames("mt-1", textareaProps.className)}
      />
      <FieldHint id={hintId}>{hint}</FieldHint>
      <ErrorList id={errorId} errors={errors} />
    </div>
  );
}
