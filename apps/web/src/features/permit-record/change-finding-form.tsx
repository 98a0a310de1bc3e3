import { CHANGE_FINDINGS, NOTE_MAX_LENGTH } from "@permit-desk/schema";
import { useId } from "react";
import { Alert } from "../../components/ui/alert.tsx";
import { Button } from "../../components/ui/button.tsx";
import { ErrorList, TextareaField } from "../../components/ui/field.tsx";
import { RadioOption } from "../../components/ui/radio-option.tsx";
import { useFieldErrorMessages } from "../../lib/form-errors.ts";
import { useMessages } from "../../lib/i18n/messages.ts";
import { useProblemText } from "../../lib/i18n/problem-text.ts";
import { useChangeReconciliationForm } from "./findings.ts";
import { permitRecordMessages } from "./messages.ts";

type ChangeReconciliationFormProps = { permitId: string; changeId: string; level: 4 | 5 };

/** Staff record whether OPSCOM shows a change it never confirmed; the change itself stays as it was. */
export function ChangeReconciliationForm({
  permitId,
  changeId,
  level,
}: ChangeReconciliationFormProps) {
  const headingId = useId();
  const findingErrorId = useId();
  const Heading = `h${level}` as const;
  const { form, submit, isRecording, failure, recorded } = useChangeReconciliationForm(
    permitId,
    changeId,
  );
  const t = useMessages(permitRecordMessages);
  const problemText = useProblemText();
  const fieldErrorMessages = useFieldErrorMessages();
  const { register, formState } = form;
  const findingErrors = fieldErrorMessages(formState.errors.finding);
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border-2 border-amber-700 bg-amber-50 p-4"
    >
      <Heading id={headingId} className="font-bold text-slate-950">
        {t("changeReconcileHeading")}
      </Heading>
      <p className="mt-1 text-sm text-slate-900">{t("changeReconcileIntro")}</p>
      <form noValidate onSubmit={submit} className="mt-3 space-y-4">
        {failure !== undefined && (
          <Alert tone="error" title={t("findingFailed")}>
            <p>{problemText(failure)}</p>
          </Alert>
        )}
        <fieldset aria-describedby={findingErrors.length > 0 ? findingErrorId : undefined}>
          <legend className="text-sm font-semibold text-slate-900">{t("whatOpscomShows")}</legend>
          <div className="mt-1">
            {CHANGE_FINDINGS.map((finding) => (
              <RadioOption
                key={finding}
                label={t("changeFindingLabel", { finding })}
                inputProps={{
                  ...register("finding"),
                  value: finding,
                  "aria-invalid": findingErrors.length > 0 || undefined,
                }}
              />
            ))}
          </div>
          <ErrorList id={findingErrorId} errors={findingErrors} />
        </fieldset>
        <TextareaField
          label={t("note")}
          hint={t("changeNoteHint", { max: NOTE_MAX_LENGTH })}
          // No maxLength: the browser would cut a long paste silently; the schema refuses it instead.
          textareaProps={{ ...register("note"), rows: 2 }}
          errors={fieldErrorMessages(formState.errors.note)}
        />
        <Button type="submit" disabled={isRecording}>
          {isRecording ? t("recording") : t("recordFinding")}
        </Button>
        <p role="status" className="font-semibold text-green-900">
          {recorded &&
            t("changeFindingRecorded", {
              finding: t("changeFindingLabel", { finding: recorded.finding }),
            })}
        </p>
      </form>
    </section>
  );
}
