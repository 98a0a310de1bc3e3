import { signInSchema } from "@permit-desk/schema";
import { useLocation } from "wouter";
import { Alert } from "../../components/ui/alert.tsx";
import { Field, VERBATIM_INPUT } from "../../components/ui/field.tsx";
import { SubmitButton } from "../../components/ui/form-buttons.tsx";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { problemOf } from "../../lib/api-request-error.ts";
import { useSchemaForm } from "../../lib/form-errors.ts";
import { useLocale } from "../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { useSignIn } from "./api.ts";
import { authMessages } from "./messages.ts";
import {
  describeSignInFailure,
  isRefusedUnchecked,
  signInFailureTitle,
} from "./sign-in-failure.ts";

type SignInPageProps = {
  /** The session ended while the app was open: the page behind keeps what was typed into it. */
  sessionEnded: boolean;
};

export function SignInPage({ sessionEnded }: SignInPageProps) {
  const signIn = useSignIn();
  const t = useMessages(authMessages);
  const { locale } = useLocale();
  const { form, field } = useSchemaForm(signInSchema, { username: "", password: "" });
  const [location, navigate] = useLocation();
  const { handleSubmit, setValue, setFocus } = form;
  const submit = handleSubmit(
    (credentials) =>
      signIn.mutate(credentials, {
        // Managers and administrators start from the day at a glance; validators from the form,
        // and anyone signing in again over a page stays on it.
        onSuccess: ({ role }) => {
          if (!sessionEnded && location === "/" && role !== "validator") navigate("/today");
        },
        onError: (error) => {
          // A password refused unchecked (wait, busy) is kept, to be sent again as it is.
          if (!isRefusedUnchecked(problemOf(error))) setValue("password", "");
          setFocus("password");
        },
      }),
    // One message at a time: the fields' own now, not the last attempt's refusal above them.
    () => signIn.reset(),
  );
  return (
    <div className="mx-auto max-w-md space-y-6">
      <PageHeading title={t("signIn")} takesFocus={false} />
      {sessionEnded && !signIn.isError && (
        <p className="rounded-md bg-slate-100 p-3">{t("sessionEnded")}</p>
      )}
      {signIn.isError && (
        <Alert tone="error" title={signInFailureTitle(problemOf(signIn.error), locale)}>
          <p>{describeSignInFailure(problemOf(signIn.error), locale)}</p>
        </Alert>
      )}
      <form noValidate onSubmit={submit} className="space-y-5">
        <Field
          label={t("username")}
          {...field("username", {
            autoComplete: "username",
            ...VERBATIM_INPUT,
            // The only thing to do on this page: the keyboard starts here.
            autoFocus: true,
          })}
        />
        <Field
          label={t("password")}
          {...field("password", { type: "password", autoComplete: "current-password" })}
        />
        <SubmitButton
          isPending={signIn.isPending}
          label={t("signInButton")}
          pendingLabel={t("signingIn")}
        />
      </form>
    </div>
  );
}
