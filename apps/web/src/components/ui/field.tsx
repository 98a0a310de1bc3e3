import { type ComponentProps, type ReactNode, useId } from "react";
import { classNames } from "../../lib/class-names.ts";
import { controlClassName } from "./styles.ts";

/** Text taken exactly as typed (a username): no capital letter or spelling fix is offered. */
export const VERBATIM_INPUT = { autoCapitalize: "none", spellCheck: false } as const;

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

type FrameProps = {
  label: string;
  hint?: ReactNode;
  errors?: readonly string[];
  className?: string;
};

type ControlProps = { id?: string; className?: string };

type FieldFrameProps<P extends ControlProps> = FrameProps & {
  controlProps: P;
  /** The control itself, given its props with the id and aria attributes that tie it to its label, hint and errors. */
  control: (props: P) => ReactNode;
};

/** A labelled control with its hint and errors, tied together by ids. */
function FieldFrame<P extends ControlProps>({
  label,
  hint,
  errors = [],
  className,
  controlProps,
  control,
}: FieldFrameProps<P>) {
  const fallbackId = useId();
  const controlId = controlProps.id ?? fallbackId;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = errors.length > 0 ? `${controlId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={controlId} className="block text-sm font-semibold text-slate-900">
        {label}
      </label>
      {control({
        ...controlProps,
        id: controlId,
        "aria-invalid": errors.length > 0 || undefined,
        "aria-describedby": describedBy,
        className: classNames(controlClassName, "mt-1", controlProps.className),
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

export function Field({
  inputProps,
  ...frame
}: FrameProps & { inputProps: ComponentProps<"input"> }) {
  return (
    <FieldFrame {...frame} controlProps={inputProps} control={(props) => <input {...props} />} />
  );
}

type SelectFieldProps = FrameProps & {
  selectProps: ComponentProps<"select">;
  /** The choices: a value that is its own label, or a value and its label. */
  options: readonly (string | readonly [value: string, label: ReactNode])[];
  /** A first choice that has no value, such as "All zones" or "Loading…". */
  blank?: string | undefined;
};

export function SelectField({ selectProps, options, blank, ...frame }: SelectFieldProps) {
  return (
    <FieldFrame
      {...frame}
      controlProps={selectProps}
      control={(props) => (
        <select {...props} className={classNames(props.className, "pr-8")}>
          {blank !== undefined && <option value="">{blank}</option>}
          {options.map((option) => {
            const [value, label] = typeof option === "string" ? [option, option] : option;
            return (
              <option key={value} value={value}>
                {label}
              </option>
            );
          })}
        </select>
      )}
    />
  );
}

export function TextareaField({
  textareaProps,
  ...frame
}: FrameProps & { textareaProps: ComponentProps<"textarea"> }) {
  return (
    <FieldFrame
      {...frame}
      controlProps={textareaProps}
      control={(props) => <textarea {...props} />}
    />
  );
}
