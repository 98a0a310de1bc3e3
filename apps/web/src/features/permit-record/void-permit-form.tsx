import type { PermitChangeInput } from "@permit-desk/schema";
import { useEffect, useMemo } from "react";
import { useForm } from "react-hook-form";
import { useFieldErrorMessages } from "../../lib/form-errors.ts";
import { useMessages } from "../../lib/i18n/messages.ts";
import { changeDoneOf } from "./change-done.ts";
import { ChangeFailureAlert } from "./change-failure-alert.tsx";
import type { ChangeFormProps } from "./change-form-frame.tsx";
import { ChangeFormFrame, ReasonField } from "./change-form-frame.tsx";
import { changeMessages } from "./messages.ts";
import { usePermitChange } from "./use-permit-change.ts";
import { BLANK_VOID_FORM, type VoidFormValues, voidFormResolver } from "./void-form.ts";

/** Voids the permit in OPSCOM (Permit Delete), with the reason why. */
export function VoidPermitForm({
  record,
  config,
  canReconcile,
  onChanged,
  onCancel,
}: ChangeFormProps) {
  const t = useMessages(changeMessages);
  const fieldErrorMessages = useFieldErrorMessages();
  const resolver = useMemo(voidFormResolver, []);
  const form = useForm<VoidFormValues, unknown, PermitChangeInput>({
    resolver,
    defaultValues: BLANK_VOID_FORM,
  });
  const change = usePermitChange({
    permitId: record.id,
    opscomTimeoutMs: config.opscomTimeoutMs,
    form,
    fieldOf: (field) => (field === "reason" ? "reason" : undefined),
    onChanged: (changed, input) => onChanged(changeDoneOf(input, record.current, changed)),
  });
  const { setFocus } = form;
  useEffect(() => setFocus("reason"), [setFocus]);
  return (
    <ChangeFormFrame
      title={t("voidTitle")}
      intro={
        <p className="rounded border-l-4 border-red-700 bg-red-50 px-2 py-1 font-semibold text-red-900">
          {t("voidWarning")}
        </p>
      }
      submitLabel={t("voidSubmit")}
      isSending={change.isSending}
      onSubmit={change.submit}
      onCancel={onCancel}
      failure={
        change.failure && (
          <ChangeFailureAlert
            failure={change.failure}
            changes={record.changes}
            canReconcile={canReconcile}
            isSending={change.isSending}
            onTryAgain={change.tryAgain}
          />
        )
      }
    >
      <ReasonField
        registration={form.register("reason")}
        errors={fieldErrorMessages(form.formState.errors.reason)}
      />
    </ChangeFormFrame>
  );
}
