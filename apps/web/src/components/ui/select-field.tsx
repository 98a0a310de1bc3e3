import type { ComponentProps, ReactNode } from "react";
import { classNames } from "../../lib/class-names.ts";
import { ErrorList } from "./error-list.tsx";
import { FieldHint } from "./field-hint.tsx";
import { Label } from "./label.tsx";
import { Select } from "./select.tsx";
import { useFieldIds } from "./use-field-ids.ts";

type SelectFieldProps = {
  label: string;
  selectProps: ComponentProps<"select">;
  children: ReactNode;
  hint?: ReactNode;
  errors?: readonly string[];
  className?: string;
};

export function SelectField({
  label,
  selectProps,
  children,
  hint,
  errors = [],
  className,
}: SelectFieldProps) {
  const { controlId, hintId, errorId, controlAria } = useFieldIds({
    id: selectProps.id,
    hasHint: Boolean(hint),
    hasErrors: errors.length > 0,
  });
  return (
    <div className={className}>
      <Label htmlFor={controlId}>{label}</Label>
      <Select
        {...selectProps}
        id={controlId}
        {...controlAria}
        className={classNames("mt-1", selectProps.className)}
      >
        {children}
      </Select>
      <FieldHint id={hintId}>{hint}</FieldHint>
      <ErrorList id={errorId} errors={errors} />
    </div>
  );
}
