import { zodResolver } from "@hookform/resolvers/zod";
import { type FirstAdminInput, firstAdminSchema, PASSWORD_MIN_LENGTH } from "@permit-desk/schema";
import { useForm } from "react-hook-form";
import { useLocation } from "wouter";
import { Button } from "../../components/ui/button.tsx";
import { Field } from "../../components/ui/field.tsx";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { ProblemAlert } from "../../components/ui/problem-alert.tsx";
import { useFieldErrorMessages } from "../../lib/form-errors.ts";
import { useMessages } from "../../lib/i18n/messages.ts";
import { useCreateFirstAdmin } from "./api.ts";
import { authMessages } from "./messages.ts";

export function FirstAdminPage() {
  const createFirstAdmin = useCreateFirstAdmin();
  const t = useMessages(authMessages);
  const fieldErrorMessages = useFieldErrorMessages();
  const [, navigate] = useLocation();
  const { register, handleSubmit, formState } = useForm<FirstAdminInput>({
    resolver: zodResolver(firstAdminSchema),
    defaultValues: { username: "", displayName: "", password: "" },
  });
  const submit = handleSubmit((admin) =>
    createFirstAdmin.mutate(admin, {
      onSuccess: () => navigate("/"),
    }),
  );
  return (
    <div className="mx-auto max-w-md space-y-6">
      <PageHeading title={t("firstAdminTitle")} takesFocus={false} />
      <p>{t("firstAdminIntro")}</p>
      <ProblemAlert title={t("firstAdminFailed")} error={createFirstAdmin.error} />
      <form noValidate onSubmit={submit} className="space-y-5">
        <Field
          label={t("yourName")}
          inputProps={{ ...register("displayName"), autoComplete: "name", autoFocus: true }}
          hint={t("yourNameHint")}
          errors={fieldErrorMessages(formState.errors.displayName)}
        />
        <Field
          label={t("username")}
          inputProps={{
            ...register("username"),
            autoComplete: "username",
            autoCapitalize: "none",
            spellCheck: false,
          }}
          hint={t("usernameHint")}
          errors={fieldErrorMessages(formState.errors.username)}
        />
        <Field
          label={t("password")}
          inputProps={{ ...register("password"), type: "password", autoComplete: "new-password" }}
          hint={t("passwordHint", { min: PASSWORD_MIN_LENGTH })}
          errors={fieldErrorMessages(formState.errors.password)}
        />
        <Button type="submit" disabled={createFirstAdmin.isPending}>
          {createFirstAdmin.isPending ? t("creating") : t("createAdmin")}
        </Button>
      </form>
    </div>
  );
}
