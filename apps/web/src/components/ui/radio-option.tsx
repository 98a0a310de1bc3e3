import { type ComponentProps, useId } from "react";
import { classNames } from "../../lib/class-names.ts";
import { ErrorList } from "./field.tsx";
import { focusRing } from "./styles.ts";

type RadioOptionProps = { label: string; inputProps: ComponentProps<"input"> };

/** One choice of a radio group; the whole row is its label, so it is an easy target. */
export function RadioOption({ label, inputProps }: RadioOptionProps) {
  const fallbackId = useId();
  const id = inputProps.id ?? fallbackId;
  return (
    <div className="flex min-h-11 items-center gap-3">
      <input
        {...inputProps}
        id={id}
        type="radio"
        className={classNames("size-5 shrink-0 accent-blue-700", focusRing, inputProps.className)}
      />
      <label htmlFor={id} className="text-base text-slate-900">
        {label}
      </label>
    </div>
  );
}

type RadioFieldsetProps = {
  legend: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  /** The group's control, given to each choice with its value. */
  inputProps: ComponentProps<"input">;
  errors: readonly string[];
};

/** A group of choices under its legend, with its errors, which mark every choice invalid. */
export function RadioFieldset({ legend, options, inputProps, errors }: RadioFieldsetProps) {
  const errorId = useId();
  const invalid = errors.length > 0;
  return (
    <fieldset aria-describedby={invalid ? errorId : undefined}>
      <legend className="text-sm font-semibold text-slate-900">{legend}</legend>
      <div className="mt-1">
        {options.map(({ value, label }) => (
          <RadioOption
            key={value}
            label={label}
            inputProps={{ ...inputProps, value, "aria-invalid": invalid || undefined }}
          />
        ))}
      </div>
      <ErrorList id={errorId} errors={errors} />
    </fieldset>
  );
}
