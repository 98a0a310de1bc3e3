import {
  CHANGE_REASON_MAX_LENGTH,
  type PermitChange as ChangeOfPermit,
  type ClientConfig,
  type PermitRecord,
} from "@permit-desk/schema";
import { type ComponentProps, type KeyboardEvent, type ReactNode, useId } from "react";
import { Alert } from "../../components/ui/alert.tsx";
import { Button } from "../../components/ui/button.tsx";
import { ErrorList, Field } from "../../components/ui/field.tsx";
import { SubmitButton } from "../../components/ui/form-buttons.tsx";
import { commonMessages } from "../../lib/i18n/common-messages.ts";
import { useLocale } from "../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { problemText } from "../../lib/i18n/problem-text.ts";
import { changeFailureKind } from "../../lib/permit-change.ts";
import type { ChangeFailure, PermitChange } from "./change-form.ts";
import type { ChangeDone } from "./change-kind.ts";
import { permitRecordMessages } from "./messages.ts";

type ChangeFailureAlertProps = {
  failure: ChangeFailure;
  /** The permit's changes as the page reads them now, to tell when staff settled this one. */
  changes: readonly ChangeOfPermit[];
  /** Whether the member can record what OPSCOM shows of a change it did not confirm. */
  canReconcile: boolean;
  isSending: boolean;
  onTryAgain: () => void;
};

/** Why the change was not made, or that OPSCOM did not say; takes focus unless a field has it. */
function ChangeFailureAlert({
  failure,
  changes,
  canReconcile,
  isSending,
  onTryAgain,
}: ChangeFailureAlertProps) {
  const t = useMessages(permitRecordMessages);
  const common = useMessages(commonMessages);
  const { locale } = useLocale();
  const { problem, onFields } = failure;
  const kind = changeFailureKind(problem);
  // Once staff recorded what OPSCOM shows, asking again would only repeat the lost answer.
  const finding =
    kind === "unconfirmed"
      ? changes.find((change) => change.id === problem.journalId)?.finding
      : undefined;
  const title =
    kind === "unconfirmed"
      ? t("failUnconfirmed")
      : kind === "retry"
        ? t("failRetry")
        : problem.code === "forbidden"
          ? t("failForbidden")
          : t("failRefused");
  return (
    <Alert takeFocus={!onFields} tone={kind === "unconfirmed" ? "warning" : "error"} title={title}>
      <p>{problemText(problem, locale)}</p>
      {kind === "unconfirmed" && finding === undefined && (
        <p className="font-semibold">
          {canReconcile ? t("failUnconfirmedManager") : t("failUnconfirmedStaff")}
        </p>
      )}
      {finding !== undefined && (
        <p className="font-semibold">
          {t("settledSince", { finding: t("findingSummary", { finding }) })}
        </p>
      )}
      {kind !== "refused" && finding === undefined && (
        <>
          <p>{kind === "unconfirmed" ? t("unconfirmedTryAgain") : t("retryAdvice")}</p>
          <Button variant="secondary" disabled={isSending} onClick={onTryAgain}>
            {isSending ? t("sending") : common("tryAgain")}
          </Button>
        </>
      )}
    </Alert>
  );
}

type ReasonFieldProps = { inputProps: ComponentProps<"input">; errors: string[] };

/** Every change says why, in a few words; Enter sends the form from here. */
export function ReasonField({ inputProps, errors }: ReasonFieldProps) {
  const t = useMessages(permitRecordMessages);
  return (
    <Field
      label={t("reasonLabel")}
      hint={t("reasonHint")}
      inputProps={{
        ...inputProps,
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
          <SubmitButton isPending={isSending} label={submitLabel} pendingLabel={t("sending")} />
          <Button variant="secondary" disabled={isSending} onClick={onCancel}>
            {t("dismiss")}
          </Button>
        </div>
      </form>
    </section>
  );
}
