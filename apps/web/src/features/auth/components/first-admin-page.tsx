import { zodResolver } from "@hookform/resolvers/zod";
import { type FirstAdminInput, firstAdminSchema, PASSWORD_MIN_LENGTH } from "@permit-desk/schema";
import { useForm } from "react-hook-form";
import { useLocation } from "wouter";
import { Alert } from "../../../components/ui/alert.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Field } from "../../../components/ui/field.tsx";
import { PageHeading } from "../../../components/ui/page-heading.tsx";
import { problemOf } from "../../../lib/api-request-error.ts";
import { fieldErrorMessages } from "../../../lib/form-errors.ts";
import { useCreateFirstAdmin } from "../api/create-first-admin.ts";

export function FirstAdminPage() {
  const createFirstAdmin = useCreateFirstAdmin();
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
  const problem = createFirstAdmin.isError ? problemOf(createFirstAdmin.error) : undefined;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <PageHeading title="Create the first administrator" takesFocus={false}>
        Create the first administrator
      </PageHeading>
      <p>
        Nobody has an account on this Permit Desk yet. Create yours: as its administrator you then
        add the other staff and the zones they issue permits in.
      </p>
      {problem && (
        <Alert tone="error" title="The administrator was not created">
          <p>{problem.message}</p>
        </Alert>
      )}
      <form noValidate onSubmit={submit} className="space-y-5">
        <Field
          label="Your name"
          inputProps={{ ...register("displayName"), autoComplete: "name", autoFocus: true }}
          hint="As colleagues know you: it is shown beside what you do in Permit Desk."
          errors={fieldErrorMessages(formState.errors.displayName)}
        />
        <Field
          label="Username"
          inputProps={{
            ...register("username"),
            autoComplete: "username",
            autoCapitalize: "none",
            spellCheck: false,
          }}
          hint="What you sign in with: letters, digits, dots, dashes; no spaces."
          errors={fieldErrorMessages(formState.errors.username)}
        />
        <Field
          label="Password"
          inputProps={{ ...register("password"), type: "password", autoComplete: "new-password" }}
          hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few words in a row make a good password.`}
          errors={fieldErrorMessages(formState.errors.password)}
        />
        <Button type="submit" disabled={createFirstAdmin.isPending}>
          {createFirstAdmin.isPending ? "Creating…" : "Create administrator"}
        </Button>
      </form>
    </div>
  );
}
