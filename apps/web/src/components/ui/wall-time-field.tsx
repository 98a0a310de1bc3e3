import { type KeyboardEvent, type ReactNode, useId, useState } from "react";
import { type Control, type FieldValues, type Path, useWatch } from "react-hook-form";
import { classNames } from "../../lib/class-names.ts";
import { useLocale } from "../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import {
  dateEntryProblem,
  dateInWords,
  parseDateEntry,
  parseTimeEntry,
  stepDate,
  stepTime,
  type WallTimeParts,
  wallTimeOfParts,
  wallTimeParts,
} from "../../lib/wall-time-entry.ts";
import { ErrorList } from "./field.tsx";
import { controlClassName } from "./styles.ts";
import { wallTimeMessages } from "./wall-time-messages.ts";

/** What `register` gives; as methods, so that an input's own handler types are taken too. */
type Registration = {
  name?: string;
  onChange?(event: { target: { name: string; value: string }; type: string }): unknown;
  onBlur?(event: { target: { name: string; value: string }; type: string }): unknown;
  ref?: unknown;
};

type WallTimeFieldProps<V extends FieldValues, C, T> = {
  label: string;
  /** The form's registration of the value (`register(name)`), which the two inputs feed as one. */
  inputProps: Registration;
  /** The form's control, of which the value is read by the registration's name. */
  control: Control<V, C, T>;
  hint?: ReactNode;
  /** The form's own errors of the value, in the reader's language. */
  errors?: readonly string[];
  disabled?: boolean;
  /** A day alone (`YYYY-MM-DD` in the form), typed the same way, with no time to it. */
  dateOnly?: boolean;
};

/** The day of a date-only field, as the form keeps it: the day once it reads, else as typed. */
function dayOfParts({ date }: WallTimeParts): string {
  return parseDateEntry(date) ?? date.trim();
}

const PARTS = {
  date: { parse: parseDateEntry, step: stepDate, by: 1, error: "badDate" },
  time: { parse: parseTimeEntry, step: stepTime, by: 15, error: "badTime" },
} as const;
type Part = keyof typeof PARTS;

/**
 * A site wall-clock time (`YYYY-MM-DDTHH:mm` in the form) typed as a date, year first, and a
 * 24-hour time, whatever the browser's language; the date is said in words in the app's. Arrow
 * keys step a day, or 15 minutes. A part that does not read is kept as typed and flagged once
 * the clerk leaves it.
 */
export function WallTimeField<V extends FieldValues, C, T>({
  label,
  inputProps,
  control,
  hint,
  errors = [],
  disabled,
  dateOnly = false,
}: WallTimeFieldProps<V, C, T>) {
  const t = useMessages(wallTimeMessages);
  const { locale } = useLocale();
  const id = useId();
  const { name = "", onChange, onBlur, ref } = inputProps;
  const value = String(useWatch({ control, name: name as Path<V> }) ?? "");
  const partsOf = (text: string) => (dateOnly ? { date: text, time: "" } : wallTimeParts(text));
  const formValueOf = dateOnly ? dayOfParts : wallTimeOfParts;
  const [parts, setParts] = useState<WallTimeParts>(() => partsOf(value));
  const [seen, setSeen] = useState(value);
  const [left, setLeft] = useState<Record<Part, boolean>>({ date: false, time: false });
  // The form may set the value itself (the clock, a template, a duration): the parts follow it.
  if (value !== seen) {
    setSeen(value);
    if (value !== formValueOf(parts)) setParts(partsOf(value));
  }

  function change(part: Part, text: string): void {
    const next = { ...parts, [part]: text };
    const nextValue = formValueOf(next);
    setParts(next);
    setSeen(nextValue);
    setLeft((before) => ({ ...before, [part]: false }));
    // As a change event of the one value: the form validates it, and its own handlers run.
    void onChange?.({ target: { name, value: nextValue }, type: "change" });
  }

  function onKeyDown(part: Part, event: KeyboardEvent<HTMLInputElement>): void {
    const step = event.key === "ArrowUp" ? 1 : event.key === "ArrowDown" ? -1 : 0;
    if (step === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const { step: stepped, by } = PARTS[part];
    const next = stepped(parts[part], step * by);
    if (next === parts[part]) return;
    event.preventDefault();
    change(part, next);
  }

  const unread = (part: Part) =>
    left[part] && parts[part].trim() !== "" && PARTS[part].parse(parts[part]) === undefined;
  // A date written year first that is no day of the calendar says so, not how to write it.
  const errorOf = (part: Part) =>
    part === "date" && dateEntryProblem(parts.date) === "noSuchDay"
      ? "noSuchDay"
      : PARTS[part].error;
  const formatErrors = (dateOnly ? (["date"] as const) : (["date", "time"] as const)).flatMap(
    (part) => (unread(part) ? [t(errorOf(part))] : []),
  );
  // A part that does not read is said first: what the form says of the value follows from it.
  const shown = formatErrors.length > 0 ? formatErrors : errors;
  const words = dateInWords(parts.date, locale);
  const describedBy = (part: Part) =>
    [
      part === "date" && words ? `${id}-words` : "",
      hint ? `${id}-hint` : "",
      shown.length > 0 ? `${id}-error` : "",
    ]
      .filter(Boolean)
      .join(" ");

  const input = (part: Part, width: string) => (
    <div className={width}>
      {!dateOnly && (
        <label htmlFor={`${id}-${part}`} className="sr-only">
          {t(part)}
        </label>
      )}
      <input
        id={`${id}-${part}`}
        // The form focuses the date, and never writes into it: the two parts follow its value.
        ref={
          part === "date" && typeof ref === "function"
            ? (input) => ref(input && { focus: () => input.focus() })
            : undefined
        }
        name={`${name}.${part}`}
        value={parts[part]}
        disabled={disabled}
        inputMode={part === "date" ? "numeric" : "text"}
        autoComplete="off"
        spellCheck={false}
        placeholder={t(part === "date" ? "datePlaceholder" : "timePlaceholder")}
        aria-invalid={unread(part) || (formatErrors.length === 0 && errors.length > 0) || undefined}
        aria-describedby={describedBy(part)}
        onChange={(event) => change(part, event.target.value)}
        onKeyDown={(event) => onKeyDown(part, event)}
        onBlur={() => {
          setLeft((before) => ({ ...before, [part]: true }));
          // The form reads the value from the event, blur or not: it is the one value still.
          void onBlur?.({ target: { name, value }, type: "blur" });
        }}
        className={classNames(controlClassName, "font-mono tabular-nums")}
      />
    </div>
  );

  const Frame = dateOnly ? "div" : "fieldset";
  return (
    <Frame>
      {dateOnly ? (
        // One input: the field's own label names it.
        <label htmlFor={`${id}-date`} className="text-sm font-semibold text-slate-900">
          {label}
        </label>
      ) : (
        <legend className="text-sm font-semibold text-slate-900">{label}</legend>
      )}
      <div className="mt-1 flex flex-wrap items-center gap-x-2">
        {input("date", "w-[8.25rem]")}
        {!dateOnly && input("time", "w-[5rem]")}
        <span id={`${id}-words`} className="text-sm text-slate-800">
          {words}
        </span>
      </div>
      {hint && (
        <div id={`${id}-hint`} className="mt-1 text-sm text-slate-700">
          {hint}
        </div>
      )}
      <ErrorList id={`${id}-error`} errors={shown} />
    </Frame>
  );
}
