import { firstAdminSchema, PASSWORD_MIN_LENGTH } from "@permit-desk/schema";
import { useLocation } from "wouter";
import { Field, VERBATIM_INPUT } from "../../components/ui/field.tsx";
import { SubmitButton } from "../../components/ui/form-buttons.tsx";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { ProblemAlert } from "../../components/ui/problem-alert.tsx";
import { notAtFields, showRefusalAtFields, useSchemaForm } from "../../lib/form-errors.ts";
import { useMessages } from "../../lib/i18n/messages.ts";
import { useCreateFirstAdmin } from "./api.ts";
import { authMessages } from "./messages.ts";

export function FirstAdminPage() {
  const createFirstAdmin = useCreateFirstAdmin();
  const t = useMessages(authMessages);
  const [, navigate] = useLocation();
  const { form, field } = useSchemaForm(firstAdminSchema, {
    username: "",
    displayName: "",
    password: "",
  });
  const submit = form.handleSubmit((admin) =>
    createFirstAdmin.mutate(admin, {
      onSuccess: () => navigate("/"),
      onError: (error) => showRefusalAtFields(form, error, ["password"]),
    }),
  );
  return (
    <div className="mx-auto max-w-md space-y-6">
      <PageHeading title={t("firstAdminTitle")} takesFocus={false} />
      <p>{t("firstAdminIntro")}</p>
      <ProblemAlert
        title={t("firstAdminFailed")}
        error={notAtFields(createFirstAdmin.error, ["password"])}
      />
      <form noValidate onSubmit={submit} className="space-y-5">
        <Field
          label={t("yourName")}
          hint={t("yourNameHint")}
          {...field("displayName", { autoComplete: "name", autoFocus: true })}
        />
        <Field
          label={t("username")}
          hint={t("usernameHint")}
          {...field("username", { autoComplete: "username", ...VERBATIM_INPUT })}
        />
        <Field
          label={t("password")}
          hint={t("passwordHint", { min: PASSWORD_MIN_LENGTH })}
          {...field("password", { type: "password", autoComplete: "new-password" })}
        />
        <SubmitButton
          isPending={createFirstAdmin.isPending}
          label={t("createAdmin")}
          pendingLabel={t("creating")}
        />
      </form>
    </div>
  );
}
