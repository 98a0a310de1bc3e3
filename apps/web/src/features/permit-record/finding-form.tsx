import { NOTE_MAX_LENGTH } from "@permit-desk/schema";
import { useId } from "react";
import { useWatch } from "react-hook-form";
import { Alert } from "../../components/ui/alert.tsx";
import { Button } from "../../components/ui/button.tsx";
import { ErrorList, Field, TextareaField } from "../../components/ui/field.tsx";
import { RadioOption } from "../../components/ui/radio-option.tsx";
import { useFieldErrorMessages } from "../../lib/form-errors.ts";
import { useMessages } from "../../lib/i18n/messages.ts";
import { useProblemText } from "../../lib/i18n/problem-text.ts";
import { useReconciliationForm } from "./findings.ts";
import { permitRecordMessages } from "./messages.ts";

/** Staff record what OPSCOM shows; the record's own facts are left as they were. */
export function ReconciliationForm({ recordId }: { recordId: string }) {
  const headingId = useId();
  const findingErrorId = useId();
  const { form, submit, isRecording, failure, recorded } = useReconciliationForm(recordId);
  const t = useMessages(permitRecordMessages);
  const problemText = useProblemText();
  const fieldErrorMessages = useFieldErrorMessages();
  const { register, control, formState } = form;
  const finding = useWatch({ control, name: "finding" });
  const noteLength = useWatch({ control, name: "note" }).trim().length;
  const findingErrors = fieldErrorMessages(formState.errors.finding);
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border-2 border-amber-700 bg-amber-50 p-4"
    >
      <h2 id={headingId} className="text-lg font-bold text-slate-950">
        {t("reconcileHeading")}
      </h2>
      <p className="mt-1 text-sm text-slate-900">{t("reconcileIntro")}</p>
      <form noValidate onSubmit={submit} className="mt-4 space-y-4">
        {failure !== undefined && (
          <Alert tone="error" title={t("findingFailed")}>
            <p>{problemText(failure)}</p>
          </Alert>
        )}
        <fieldset aria-describedby={findingErrors.length > 0 ? findingErrorId : undefined}>
          <legend className="text-sm font-semibold text-slate-900">{t("whatOpscomShows")}</legend>
          <div className="mt-1">
            <RadioOption
              label={t("findingLabel", { finding: "exists" })}
              inputProps={{
                ...register("finding"),
                value: "exists",
                "aria-invalid": findingErrors.length > 0 || undefined,
              }}
            />
            <RadioOption
              label={t("findingLabel", { finding: "absent" })}
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
            label={t("referenceOpscomShows")}
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
          label={t("note")}
          hint={
            <>
              <p>{t("noteHint", { max: NOTE_MAX_LENGTH })}</p>
              {noteLength > 0 && (
                <p
                  className={
                    noteLength > NOTE_MAX_LENGTH ? "font-semibold text-red-700" : undefined
                  }
                >
                  {t("noteCount", { count: noteLength, max: NOTE_MAX_LENGTH })}
                </p>
              )}
            </>
          }
          // No maxLength: the browser would cut a long paste silently; the schema refuses it instead.
          textareaProps={{ ...register("note"), rows: 3 }}
          errors={fieldErrorMessages(formState.errors.note)}
        />
        <Button type="submit" disabled={isRecording}>
          {isRecording ? t("recording") : t("recordFinding")}
        </Button>
        <p role="status" className="font-semibold text-green-900">
          {recorded &&
            t("findingRecorded", {
              finding: t("findingLabel", { finding: recorded.finding }),
              reference: recorded.finding === "exists" ? recorded.referenceId : undefined,
            })}
        </p>
      </form>
    </section>
  );
}
