import { useMessages } from "../../lib/i18n/messages.ts";
import { type ChangeFormRules, useChangeForm } from "./change-form.ts";
import { ChangeFormFrame, type ChangeFormProps, ReasonField } from "./change-form-frame.tsx";
import { permitRecordMessages } from "./messages.ts";

type VoidFormValues = { reason: string };

/** A void asks for nothing but the reason. */
export const voidRules: ChangeFormRules<VoidFormValues> = {
  inputOf: ({ reason }) => ({ action: "void", reason }),
  fieldOf: () => "reason",
};

/** Voids the permit in OPSCOM (Permit Delete), with the reason why. */
export function VoidPermitForm(props: ChangeFormProps) {
  const t = useMessages(permitRecordMessages);
  const { field, frame } = useChangeForm<VoidFormValues>(props, {
    rules: voidRules,
    defaultValues: { reason: "" },
    firstField: "reason",
  });
  return (
    <ChangeFormFrame
      {...frame}
      title={t("voidTitle")}
      intro={
        <p className="rounded border-l-4 border-red-700 bg-red-50 px-2 py-1 font-semibold text-red-900">
          {t("voidWarning")}
        </p>
      }
      submitLabel={t("voidSubmit")}
    >
      <ReasonField {...field("reason")} />
    </ChangeFormFrame>
  );
}
