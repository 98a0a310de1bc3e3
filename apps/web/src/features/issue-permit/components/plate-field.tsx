import type { PlateChecks } from "@permit-desk/schema";
import { useLayoutEffect, useRef } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { Field } from "../../../components/ui/field.tsx";
import { plateInputProps } from "../../../components/ui/styles.ts";
import { useFieldErrorMessages } from "../../../lib/form-errors.ts";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { issuePermitEntryMessages } from "../entry-messages.ts";
import { issuePermitMessages } from "../messages.ts";
import {
  distinctTypedPlates,
  type PermitFormValues,
  plateSentAs,
  repeatedPlates,
} from "../utils/permit-form.ts";
import { PlateEcho } from "./plate-echo.tsx";
import { PlateWarnings } from "./plate-warnings.tsx";

/** The plate input on screen, for what sends the clerk back to it from elsewhere on the page. */
let plateInput: HTMLInputElement | null = null;

/** Focus back on the plate, ready for the next guest. */
export function focusPlateField(): void {
  plateInput?.focus();
}

type PlateFieldProps = {
  /** What the BFF knows of each plate typed, in order (`usePlateChecks`). */
  checks: readonly { data: PlateChecks | undefined }[];
  /** Undefined while the site's settings load: the warnings wait for the site's zone. */
  siteTimeZone: string | undefined;
  /** The clerk picked a similar plate instead of the `index`-th one typed. */
  onUsePlate: (index: number, plate: string) => void;
};

/**
 * The plate, focused from the start. Under it, what staff should check: what each plate will be
 * sent as, drawn large with its look-alikes named, and the warnings about it.
 */
export function PlateField({ checks, siteTimeZone, onUsePlate }: PlateFieldProps) {
  const t = useMessages(issuePermitMessages);
  const entry = useMessages(issuePermitEntryMessages);
  const { register, control, formState } = useFormContext<PermitFormValues>();
  const fieldErrorMessages = useFieldErrorMessages();
  const typed = useWatch({ control, name: "plate" });
  const plates = distinctTypedPlates(typed);
  const repeated = repeatedPlates(typed);
  const sent = plates.map(plateSentAs);
  const single = plateSentAs(typed);
  const input = useRef<HTMLInputElement | null>(null);
  const registration = register("plate");
  // Focus in the very commit that replaces the placeholder: the form's own `setFocus` waits a
  // task, and a key pressed in that gap would land nowhere.
  useLayoutEffect(() => {
    input.current?.focus();
  }, []);
  return (
    <div>
      <Field
        label={entry("plateLabel")}
        inputProps={{
          ...registration,
          ref: (element: HTMLInputElement | null) => {
            registration.ref(element);
            input.current = element;
            plateInput = element;
          },
          ...plateInputProps,
        }}
        hint={
          <>
            {entry("plateHint")}
            {typed.trim() !== "" && (
              <span className="mt-1 block">
                {plates.length > 1 ? (
                  <>
                    {t("severalPlates", { count: plates.length })}{" "}
                    <span className="font-mono font-semibold text-slate-900">
                      {plates.map((plate, index) => sent[index] ?? plate).join(", ")}
                    </span>
                  </>
                ) : (
                  single !== undefined && (
                    <>
                      {t("willBeSentAs")}{" "}
                      <span className="font-mono font-semibold text-slate-900">{single}</span>
                    </>
                  )
                )}
              </span>
            )}
            {repeated.length > 0 && (
              <span className="mt-1 block font-semibold text-slate-900">
                {t("plateRepeated", { plates: repeated })}
              </span>
            )}
          </>
        }
        errors={fieldErrorMessages(formState.errors.plate)}
      />
      {sent.map(
        (plate, index) =>
          // biome-ignore lint/suspicious/noArrayIndexKey: the same plate may be typed twice, and is flagged so.
          plate && <PlateEcho key={`${index}:${plate}`} plate={plate} />,
      )}
      {siteTimeZone &&
        checks.map((check, index) => (
          <PlateWarnings
            // biome-ignore lint/suspicious/noArrayIndexKey: one region per plate typed, in order.
            key={index}
            checks={check.data}
            siteTimeZone={siteTimeZone}
            onUsePlate={(similar) => onUsePlate(index, similar)}
          />
        ))}
    </div>
  );
}
