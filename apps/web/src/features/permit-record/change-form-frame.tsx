import type { ClientConfig, PermitRecord } from "@permit-desk/schema";
import { CHANGE_REASON_MAX_LENGTH } from "@permit-desk/schema";
import { type KeyboardEvent, type ReactNode, useId } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { Button } from "../../components/ui/button.tsx";
import { ErrorList, Field } from "../../components/ui/field.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import type { ChangeDone } from "./change-done.ts";
import { ChangeFailureAlert } from "./change-failure-alert.tsx";
import { permitRecordMessages } from "./messages.ts";
import type { PermitChange } from "./use-permit-change.ts";

type ReasonFieldProps = { registration: UseFormRegisterReturn<"reason">; errors: string[] };

/** Every change says why, in a few words; Enter sends the form from here. */
export function ReasonField({ registration, errors }: ReasonFieldProps) {
  const t = useMessages(permitRecordMessages);
  return (
    <Field
      label={t("reasonLabel")}
      hint={t("reasonHint")}
      inputProps={{
        ...registration,
        required: true,
        maxLength: CHANGE_REASON_MAX_LENGTH,
        autoComplete: "off",
      }}
      errors={errors}
    />
  );
}

/** What each change form is given: the permit, the site's settings, and where to go after. */
export type ChangeFormProps = {
  record: PermitRecord;
  config: ClientConfig;
  /** Whether the member can record what OPSCOM shows of a change it did not confirm. */
  canReconcile: boolean;
  onChanged: (done: ChangeDone) => void;
  onCancel: () => void;
};

type ChangeFormFrameProps = Pick<ChangeFormProps, "record" | "canReconcile" | "onCancel"> & {
  title: string;
  intro?: ReactNode;
  submitLabel: string;
  /** The change being sent; what went wrong with its last attempt shows above the fields. */
  change: PermitChange;
  /** Messages about the change as a whole rather than one field. */
  formErrors?: readonly string[];
  children: ReactNode;
};

/** A change's small form: its fields, then send or leave; Escape leaves too, while nothing is being sent. */
export function ChangeFormFrame({
  record,
  canReconcile,
  title,
  intro,
  submitLabel,
  change,
  onCancel,
  formErrors = [],
  children,
}: ChangeFormFrameProps) {
  const { isSending } = change;
  const headingId = useId();
  const hintId = useId();
  const formErrorId = useId();
  const t = useMessages(permitRecordMessages);
  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== "Escape" || isSending) return;
    event.preventDefault();
    onCancel();
  }
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border-2 border-blue-700 bg-white p-4"
    >
      <h3 id={headingId} className="text-lg font-bold text-slate-950">
        {title}
      </h3>
      {intro && <div className="mt-1 text-sm text-slate-900">{intro}</div>}
      <p id={hintId} className="mt-1 text-sm text-slate-700">
        {t("escapeHint")}
      </p>
      <form
        noValidate
        aria-describedby={hintId}
        onSubmit={change.submit}
        onKeyDown={onKeyDown}
        className="mt-4 space-y-4"
      >
        {change.failure && (
          <ChangeFailureAlert
            failure={change.failure}
            changes={record.changes}
            canReconcile={canReconcile}
            isSending={isSending}
            onTryAgain={change.tryAgain}
          />
        )}
        {children}
        <ErrorList id={formErrorId} errors={formErrors} />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={isSending}>
            {isSending ? t("sending") : submitLabel}
          </Button>
          <Button variant="secondary" disabled={isSending} onClick={onCancel}>
            {t("dismiss")}
          </Button>
        </div>
      </form>
    </section>
  );
}
