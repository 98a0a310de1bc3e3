import { type ReactNode, useLayoutEffect, useRef } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { Field } from "../../../components/ui/field.tsx";
import { useFieldErrorMessages } from "../../../lib/form-errors.ts";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { issuePermitEntryMessages } from "../entry-messages.ts";
import { issuePermitMessages } from "../messages.ts";
import { type PermitFormValues, plateSentAs, typedPlates } from "../utils/permit-form.ts";
import { plateInputProps } from "./issue-permit-page-placeholder.tsx";

/** What the plate field will send, as the hint says it: one plate, or each of several. */
function SentAs({ typed }: { typed: string }) {
  const t = useMessages(issuePermitMessages);
  const plates = typedPlates(typed);
  if (plates.length > 1) {
    const sent = plates.map((plate) => plateSentAs(plate) ?? plate);
    return (
      <>
        {t("severalPlates", { count: plates.length })}{" "}
        <span className="font-mono font-semibold text-slate-900">{sent.join(", ")}</span>
      </>
    );
  }
  const plate = plateSentAs(typed);
  if (plate === undefined) return null;
  return (
    <>
      {t("willBeSentAs")} <span className="font-mono font-semibold text-slate-900">{plate}</span>
    </>
  );
}

/** The plate, focused from the start; `echo` shows under it what staff should check. */
export function PlateField({ echo }: { echo?: ReactNode }) {
  const entry = useMessages(issuePermitEntryMessages);
  const { register, control, formState } = useFormContext<PermitFormValues>();
  const fieldErrorMessages = useFieldErrorMessages();
  const typed = useWatch({ control, name: "plate" });
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
          },
          ...plateInputProps,
        }}
        hint={
          <>
            {entry("plateHint")}
            {typed.trim() !== "" && (
              <span className="mt-1 block">
                <SentAs typed={typed} />
              </span>
            )}
          </>
        }
        errors={fieldErrorMessages(formState.errors.plate)}
      />
      {echo}
    </div>
  );
}
