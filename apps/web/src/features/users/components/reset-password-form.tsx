import { zodResolver } from "@hookform/resolvers/zod";
import { PASSWORD_MIN_LENGTH, passwordResetSchema, type User } from "@permit-desk/schema";
import { useForm } from "react-hook-form";
import { Button } from "../../../components/ui/button.tsx";
import { Field } from "../../../components/ui/field.tsx";
import { problemOf } from "../../../lib/api-request-error.ts";
import { fieldErrorMessages } from "../../../lib/form-errors.ts";
import { useResetUserPassword } from "../api/reset-user-password.ts";

export function ResetPasswordForm({ user, onDone }: { user: User; onDone: () => void }) {
  const resetPassword = useResetUserPassword();
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
        label={`New password for ${user.displayName}`}
        inputProps={{
          ...register("password"),
          type: "password",
          autoComplete: "new-password",
          autoFocus: true,
        }}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        errors={fieldErrorMessages(formState.errors.password)}
      />
      <div className="flex gap-2 sm:mt-6">
        <Button type="submit" disabled={resetPassword.isPending}>
          Set password
        </Button>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
      {resetPassword.isError && (
        <p role="alert" className="w-full font-medium text-red-700">
          {problemOf(resetPassword.error).message}
        </p>
      )}
    </form>
  );
}
