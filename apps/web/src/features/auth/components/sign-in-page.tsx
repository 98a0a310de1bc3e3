import { zodResolver } from "@hookform/resolvers/zod";
import { type SignInInput, signInSchema } from "@permit-desk/schema";
import { useForm } from "react-hook-form";
import { Alert } from "../../../components/ui/alert.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Field } from "../../../components/ui/field.tsx";
import { PageHeading } from "../../../components/ui/page-heading.tsx";
import { problemOf } from "../../../lib/api-request-error.ts";
import { fieldErrorMessages } from "../../../lib/form-errors.ts";
import { useSignIn } from "../api/sign-in.ts";
import { describeSignInFailure } from "../utils/sign-in-failure.ts";

type SignInPageProps = {
  /** The session ended while the app was open: the page behind keeps what was typed into it. */
  sessionEnded: boolean;
};

export function SignInPage({ sessionEnded }: SignInPageProps) {
  const signIn = useSignIn();
  const { register, handleSubmit, formState, setValue, setFocus } = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { username: "", password: "" },
  });
  const submit = handleSubmit((credentials) =>
    signIn.mutate(credentials, {
      onError: () => {
        setValue("password", "");
        setFocus("password");
      },
    }),
  );
  return (
    <div className="mx-auto max-w-md space-y-6">
      <PageHeading title="Sign in" takesFocus={false}>
        Sign in
      </PageHeading>
      {sessionEnded && !signIn.isError && (
        <p className="rounded-md bg-slate-100 p-3">
          Your session has ended. Sign in again to carry on: the page keeps what you typed.
        </p>
      )}
      {signIn.isError && (
        <Alert tone="error" title="You are not signed in">
          <p>{describeSignInFailure(problemOf(signIn.error))}</p>
        </Alert>
      )}
      <form noValidate onSubmit={submit} className="space-y-5">
        <Field
          label="Username"
          inputProps={{
            ...register("username"),
            autoComplete: "username",
            autoCapitalize: "none",
            spellCheck: false,
            // The only thing to do on this page: the keyboard starts here.
            autoFocus: true,
          }}
          errors={fieldErrorMessages(formState.errors.username)}
        />
        <Field
          label="Password"
          inputProps={{
            ...register("password"),
            type: "password",
            autoComplete: "current-password",
          }}
          errors={fieldErrorMessages(formState.errors.password)}
        />
        <Button type="submit" disabled={signIn.isPending}>
          {signIn.isPending ? "Signing in…" : "Sign in"}
        </Button>
      </form>
    </div>
  );
}
