import { PASSWORD_MIN_LENGTH, passwordChangeSchema } from "@permit-desk/schema";
import { Field } from "../../components/ui/field.tsx";
import { SubmitButton } from "../../components/ui/form-buttons.tsx";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { ProblemAlert } from "../../components/ui/problem-alert.tsx";
import { notAtFields, showRefusalAtFields, useSchemaForm } from "../../lib/form-errors.ts";
import { useMessages } from "../../lib/i18n/messages.ts";
import { useChangePassword } from "./api.ts";
import { authMessages } from "./messages.ts";

const PASSWORD_FIELDS = ["currentPassword", "newPassword"] as const;

export function ChangePasswordPage() {
  const changePassword = useChangePassword();
  const t = useMessages(authMessages);
  const { form, field } = useSchemaForm(passwordChangeSchema, {
    currentPassword: "",
    newPassword: "",
  });
  const { handleSubmit, reset } = form;
  const submit = handleSubmit((change) =>
    changePassword.mutate(change, {
      onSuccess: () => reset(),
      onError: (error) => showRefusalAtFields(form, error, PASSWORD_FIELDS),
    }),
  );
  return (
    <div className="max-w-md space-y-6">
      <PageHeading title={t("changePasswordTitle")} />
      {changePassword.isSuccess && (
        <p role="status" className="rounded-md bg-green-50 p-3 font-semibold text-green-900">
          {t("passwordChanged")}
        </p>
      )}
      <ProblemAlert
        title={t("passwordNotChanged")}
        error={notAtFields(changePassword.error, PASSWORD_FIELDS)}
      />
      <form noValidate onSubmit={submit} className="space-y-5">
        <Field
          label={t("currentPassword")}
          {...field("currentPassword", { type: "password", autoComplete: "current-password" })}
        />
        <Field
          label={t("newPassword")}
          hint={t("passwordHint", { min: PASSWORD_MIN_LENGTH })}
          {...field("newPassword", { type: "password", autoComplete: "new-password" })}
        />
        <SubmitButton
          isPending={changePassword.isPending}
          label={t("changePassword")}
          pendingLabel={t("changing")}
        />
      </form>
    </div>
  );
}
