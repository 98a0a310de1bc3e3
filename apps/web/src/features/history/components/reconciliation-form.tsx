import { useId } from "react";
import { useWatch } from "react-hook-form";
import { Alert } from "../../../components/ui/alert.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { ErrorList } from "../../../components/ui/error-list.tsx";
import { Field } from "../../../components/ui/field.tsx";
import { RadioOption } from "../../../components/ui/radio-option.tsx";
import { TextareaField } from "../../../components/ui/textarea-field.tsx";
import { fieldErrorMessages } from "../../../lib/form-errors.ts";
import { useReconciliationForm } from "../hooks/use-reconciliation-form.ts";
import { FINDING_LABELS } from "../utils/permit-state-labels.ts";

/** Staff record what OPSCOM shows; the record's own facts are left as they were. */
export function ReconciliationForm({ recordId }: { recordId: string }) {
  const headingId = useId();
  const findingErrorId = useId();
  const { form, submit, isRecording, problem, recorded } = useReconciliationForm(recordId);
  const { register, control, formState } = form;
  const finding = useWatch({ control, name: "finding" });
  const findingErrors = fieldErrorMessages(formState.errors.finding);
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border-2 border-amber-700 bg-amber-50 p-4"
    >
      <h2 id={headingId} className="text-lg font-bold text-slate-950">
        Record what OPSCOM shows
      </h2>
      <p className="mt-1 text-sm text-slate-900">
        Look this permit up in OPSCOM, then record what you found. OPSCOM itself is not changed.
      </p>
      <form noValidate onSubmit={submit} className="mt-4 space-y-4">
        {problem && (
          <Alert tone="error" title="The finding was not recorded">
            <p>{problem.message}</p>
          </Alert>
        )}
        <fieldset aria-describedby={findingErrors.length > 0 ? findingErrorId : undefined}>
          <legend className="text-sm font-semibold text-slate-900">What does OPSCOM show?</legend>
          <div className="mt-1">
            <RadioOption
              label={FINDING_LABELS.exists}
              inputProps={{
                ...register("finding"),
                value: "exists",
                "aria-invalid": findingErrors.length > 0 || undefined,
              }}
            />
            <RadioOption
              label={FINDING_LABELS.absent}
              inputProps={{
                ...register("finding"),
                value: "absent",
                "aria-invalid": findingErrors.length > 0 || undefined,
              }}
            />
          </div>
          <ErrorList id={findingErrorId} errors={findingErrors} />
        </fieldset>
        {finding === "exists" && (
          <Field
            label="Reference OPSCOM shows"
            inputProps={{
              ...register("referenceId"),
              autoComplete: "off",
              spellCheck: false,
              className: "font-mono",
            }}
            errors={fieldErrorMessages(formState.errors.referenceId)}
          />
        )}
        <TextareaField
          label="Note"
          hint="Optional: where you looked, who you asked."
          textareaProps={{ ...register("note"), rows: 3, maxLength: 1000 }}
          errors={fieldErrorMessages(formState.errors.note)}
        />
        <Button type="submit" disabled={isRecording}>
          {isRecording ? "Recording…" : "Record finding"}
        </Button>
        <p role="status" className="font-semibold text-green-900">
          {recorded}
        </p>
      </form>
    </section>
  );
}
