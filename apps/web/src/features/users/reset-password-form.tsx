import { zodResolver } from "@hookform/resolvers/zod";
import { PASSWORD_MIN_LENGTH, passwordResetSchema, type User } from "@permit-desk/schema";
import { useForm } from "react-hook-form";
import { Button } from "../../components/ui/button.tsx";
import { Field } from "../../components/ui/field.tsx";
import { ProblemLine } from "../../components/ui/problem-alert.tsx";
import { useFieldErrorMessages } from "../../lib/form-errors.ts";
import { commonMessages } from "../../lib/i18n/common-messages.ts";
import { useMessages } from "../../lib/i18n/messages.ts";
import { useResetUserPassword } from "./api.ts";
import { usersMessages } from "./messages.ts";

export function ResetPasswordForm({ user, onDone }: { user: User; onDone: () => void }) {
  const resetPassword = useResetUserPassword();
  const t = useMessages(usersMessages);
  const common = useMessages(commonMessages);
  const fieldErrorMessages = useFieldErrorMessages();
  const { register, handleSubmit, formState } = useForm<{ password: string }>({
    resolver: zodResolver(passwordResetSchema),
    defaultValues: { password: "" },
  });
  const submit = handleSubmit(({ password }) =>
    resetPassword.mutate(
      { id: user.id, password },
      {
        onSuccess: onDone,
      },
    ),
  );
  return (
    <form noValidate onSubmit={submit} className="mt-3 flex flex-wrap items-start gap-3">
      <Field
        className="min-w-64 flex-1"
        label={t("newPasswordFor", { name: user.displayName })}
        inputProps={{
          ...register("password"),
          type: "password",
          autoComplete: "new-password",
          autoFocus: true,
        }}
        hint={t("passwordHint", { min: PASSWORD_MIN_LENGTH })}
        errors={fieldErrorMessages(formState.errors.password)}
      />
      <div className="flex gap-2 sm:mt-6">
        <Button type="submit" disabled={resetPassword.isPending}>
          {t("setPassword")}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {common("cancel")}
        </Button>
      </div>
      <ProblemLine error={resetPassword.error} className="w-full" />
    </form>
  );
}
