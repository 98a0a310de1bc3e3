import { type ComponentProps, useId } from "react";
import { classNames } from "../../lib/class-names.ts";
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
