import { type ComponentProps, type ReactNode, useId } from "react";
import { classNames } from "../../lib/class-names.ts";
import { controlClassName } from "./styles.ts";

type ErrorListProps = { id: string | undefined; errors: readonly string[] };

/** The role sits on a wrapper: on the list itself it would hide the list from screen readers. */
export function ErrorList({ id, errors }: ErrorListProps) {
  if (errors.length === 0) return null;
  return (
    <div id={id} role="alert" className="mt-1 text-sm font-medium text-red-700">
      <ul className="space-y-1">
        {errors.map((error) => (
          <li key={error}>{error}</li>
        ))}
      </ul>
    </div>
  );
}

type ControlAria = { "aria-invalid": true | undefined; "aria-describedby": string | undefined };

type FieldFrameProps = {
  label: string;
  id: string | undefined;
  hint?: ReactNode;
  errors?: readonly string[];
  className?: string;
  /** The control itself, given the id and aria attributes that tie it to its label, hint and errors. */
  control: (id: string, aria: ControlAria) => ReactNode;
};

/** A labelled control with its hint and errors, tied together by ids. */
function FieldFrame({ label, id, hint, errors = [], className, control }: FieldFrameProps) {
  const fallbackId = useId();
  const controlId = id ?? fallbackId;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = errors.length > 0 ? `${controlId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={controlId} className="block text-sm font-semibold text-slate-900">
        {label}
      </label>
      {control(controlId, {
        "aria-invalid": errors.length > 0 || undefined,
        "aria-describedby": describedBy,
      })}
      {hint && (
        <div id={hintId} className="mt-1 text-sm text-slate-700">
          {hint}
        </div>
      )}
      <ErrorList id={errorId} errors={errors} />
    </div>
  );
}

type FieldProps = Omit<FieldFrameProps, "id" | "control"> & {
  inputProps: ComponentProps<"input">;
};

export function Field({ inputProps, ...frame }: FieldProps) {
  return (
    <FieldFrame
      {...frame}
      id={inputProps.id}
      control={(id, aria) => (
        <input
          {...inputProps}
          id={id}
          {...aria}
          className={classNames(controlClassName, "mt-1", inputProps.className)}
        />
      )}
    />
  );
}

type SelectFieldProps = Omit<FieldFrameProps, "id" | "control"> & {
  selectProps: ComponentProps<"select">;
  children: ReactNode;
};

export function SelectField({ selectProps, children, ...frame }: SelectFieldProps) {
  return (
    <FieldFrame
      {...frame}
      id={selectProps.id}
      control={(id, aria) => (
        <select
          {...selectProps}
          id={id}
          {...aria}
          className={classNames(controlClassName, "pr-8", "mt-1", selectProps.className)}
        >
          {children}
        </select>
      )}
    />
  );
}

type TextareaFieldProps = Omit<FieldFrameProps, "id" | "control"> & {
  textareaProps: ComponentProps<"textarea">;
};

export function TextareaField({ textareaProps, ...frame }: TextareaFieldProps) {
  return (
    <FieldFrame
      {...frame}
      id={textareaProps.id}
      control={(id, aria) => (
        <textarea
          {...textareaProps}
          id={id}
          {...aria}
          className={classNames(controlClassName, "mt-1", textareaProps.className)}
        />
      )}
    />
  );
}
