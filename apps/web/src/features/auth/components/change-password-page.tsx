import { zodResolver } from "@hookform/resolvers/zod";
import { PASSWORD_MIN_LENGTH, passwordChangeSchema } from "@permit-desk/schema";
import { useForm } from "react-hook-form";
import { Alert } from "../../../components/ui/alert.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Field } from "../../../components/ui/field.tsx";
import { PageHeading } from "../../../components/ui/page-heading.tsx";
import { problemOf } from "../../../lib/api-request-error.ts";
import { fieldErrorMessages } from "../../../lib/form-errors.ts";
import { type PasswordChange, useChangePassword } from "../api/change-password.ts";

export function ChangePasswordPage() {
  const changePassword = useChangePassword();
  const { register, handleSubmit, formState, setError, reset } = useForm<PasswordChange>({
    resolver: zodResolver(passwordChangeSchema),
    defaultValues: { currentPassword: "", newPassword: "" },
  });
  const submit = handleSubmit((change) =>
    changePassword.mutate(change, {
      onSuccess: () => reset(),
      onError: (error) => {
        const problem = problemOf(error);
        if (problem.status === 401) {
          setError(
            "currentPassword",
            { message: "This is not your current password." },
            { shouldFocus: true },
          );
          return;
        }
      },
    }),
  );
  const problem = changePassword.isError ? problemOf(changePassword.error) : undefined;
  return (
    <div className="max-w-md space-y-6">
      <PageHeading title="Change my password">Change my password</PageHeading>
      {changePassword.isSuccess && (
        <p role="status" className="rounded-md bg-green-50 p-3 font-semibold text-green-900">
          Your password has been changed.
        </p>
      )}
      {problem && problem.status !== 401 && (
        <Alert tone="error" title="Your password was not changed">
          <p>{problem.message}</p>
        </Alert>
      )}
      <form noValidate onSubmit={submit} className="space-y-5">
        <Field
          label="Current password"
          inputProps={{
            ...register("currentPassword"),
            type: "password",
            autoComplete: "current-password",
          }}
          errors={fieldErrorMessages(formState.errors.currentPassword)}
        />
        <Field
          label="New password"
          inputProps={{
            ...register("newPassword"),
            type: "password",
            autoComplete: "new-password",
          }}
          hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few words in a row make a good password.`}
          errors={fieldErrorMessages(formState.errors.newPassword)}
        />
        <Button type="submit" disabled={changePassword.isPending}>
          {changePassword.isPending ? "Changing…" : "Change password"}
        </Button>
      </form>
    </div>
  );
}
