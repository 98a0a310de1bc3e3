import { CHANGE_FINDINGS, NOTE_MAX_LENGTH, RECONCILIATION_FINDINGS } from "@permit-desk/schema";
import { type ReactNode, useId } from "react";
import { type UseFormRegisterReturn, useWatch } from "react-hook-form";
import { Field, TextareaField } from "../../components/ui/field.tsx";
import { SubmitButton } from "../../components/ui/form-buttons.tsx";
import { ProblemAlert } from "../../components/ui/problem-alert.tsx";
import { RadioFieldset } from "../../components/ui/radio-option.tsx";
import { useFormFields } from "../../lib/form-errors.ts";
import { useMessages } from "../../lib/i18n/messages.ts";
import { useChangeReconciliationForm, useReconciliationForm } from "./findings.ts";
import { permitRecordMessages } from "./messages.ts";

type FindingFormFrameProps = {
  /** The permit's own form is a section of the record (h2); a change's sits inside its change. */
  level: 2 | 4 | 5;
  title: string;
  intro: string;
  /** The form's sending, and what went wrong with the last attempt to record, if it failed. */
  recording: { submit: () => void; isRecording: boolean; failure: unknown };
  findings: ReadonlyArray<{ value: string; label: string }>;
  register: (name: "finding" | "note") => UseFormRegisterReturn;
  errorsOf: (name: "finding" | "note") => string[];
  /** Fields between the finding and the note. */
  children?: ReactNode;
  noteHint: ReactNode;
  noteRows: number;
  /** Said once a finding is recorded. */
  recordedText: string | undefined;
};

/** What staff found in OPSCOM: the finding, a note, and the answer of the attempt to record it. */
function FindingFormFrame({
  level,
  title,
  intro,
  recording: { submit, isRecording, failure },
  findings,
  register,
  errorsOf,
  children,
  noteHint,
  noteRows,
  recordedText,
}: FindingFormFrameProps) {
  const headingId = useId();
  const t = useMessages(permitRecordMessages);
  const Heading = `h${level}` as const;
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border-2 border-amber-700 bg-amber-50 p-4"
    >
      <Heading
        id={headingId}
        className={level === 2 ? "text-lg font-bold text-slate-950" : "font-bold text-slate-950"}
      >
        {title}
      </Heading>
      <p className="mt-1 text-sm text-slate-900">{intro}</p>
      <form noValidate onSubmit={submit} className={`${level === 2 ? "mt-4" : "mt-3"} space-y-4`}>
        <ProblemAlert title={t("findingFailed")} error={failure} />
        <RadioFieldset
          legend={t("whatOpscomShows")}
          options={findings}
          inputProps={register("finding")}
          errors={errorsOf("finding")}
        />
        {children}
        <TextareaField
          label={t("note")}
          hint={noteHint}
          // No maxLength: the browser would cut a long paste silently; the schema refuses it instead.
          textareaProps={{ ...register("note"), rows: noteRows }}
          errors={errorsOf("note")}
        />
        <SubmitButton
          isPending={isRecording}
          label={t("recordFinding")}
          pendingLabel={t("recording")}
        />
        <p role="status" className="font-semibold text-green-900">
          {recordedText}
        </p>
      </form>
    </section>
  );
}

/** Staff record what OPSCOM shows; the record's own facts are left as they were. */
export function ReconciliationForm({ recordId }: { recordId: string }) {
  const { form, recorded, ...recording } = useReconciliationForm(recordId);
  const t = useMessages(permitRecordMessages);
  const { field, errorsOf } = useFormFields(form);
  const { register, control } = form;
  const finding = useWatch({ control, name: "finding" });
  const noteLength = useWatch({ control, name: "note" }).trim().length;
  return (
    <FindingFormFrame
      level={2}
      title={t("reconcileHeading")}
      intro={t("reconcileIntro")}
      recording={recording}
      findings={RECONCILIATION_FINDINGS.map((value) => ({
        value,
        label: t("findingLabel", { finding: value }),
      }))}
      register={register}
      errorsOf={errorsOf}
      noteHint={
        <>
          <p>{t("noteHint", { max: NOTE_MAX_LENGTH })}</p>
          {noteLength > 0 && (
            <p className={noteLength > NOTE_MAX_LENGTH ? "font-semibold text-red-700" : undefined}>
              {t("noteCount", { count: noteLength, max: NOTE_MAX_LENGTH })}
            </p>
          )}
        </>
      }
      noteRows={3}
      recordedText={
        recorded &&
        t("findingRecorded", {
          finding: t("findingLabel", { finding: recorded.finding }),
          reference: recorded.finding === "exists" ? recorded.referenceId : undefined,
        })
      }
    >
      {finding === "exists" && (
        <Field
          label={t("referenceOpscomShows")}
          {...field("referenceId", {
            autoComplete: "off",
            spellCheck: false,
            className: "font-mono",
          })}
        />
      )}
    </FindingFormFrame>
  );
}

type ChangeReconciliationFormProps = { permitId: string; changeId: string; level: 4 | 5 };

/** Staff record whether OPSCOM shows a change it never confirmed; the change itself stays as it was. */
export function ChangeReconciliationForm({
  permitId,
  changeId,
  level,
}: ChangeReconciliationFormProps) {
  const { form, recorded, ...recording } = useChangeReconciliationForm(permitId, changeId);
  const t = useMessages(permitRecordMessages);
  const { errorsOf } = useFormFields(form);
  return (
    <FindingFormFrame
      level={level}
      title={t("changeReconcileHeading")}
      intro={t("changeReconcileIntro")}
      recording={recording}
      findings={CHANGE_FINDINGS.map((value) => ({
        value,
        label: t("changeFindingLabel", { finding: value }),
      }))}
      register={form.register}
      errorsOf={errorsOf}
      noteHint={t("changeNoteHint")}
      noteRows={2}
      recordedText={
        recorded &&
        t("changeFindingRecorded", {
          finding: t("changeFindingLabel", { finding: recorded.finding }),
        })
      }
    />
  );
}
