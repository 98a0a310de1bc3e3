import { zodResolver } from "@hookform/resolvers/zod";
import {
  type NewUserInput,
  newUserSchema,
  PASSWORD_MIN_LENGTH,
  type ZoneRecord,
} from "@permit-desk/schema";
import { useForm } from "react-hook-form";
import { Alert } from "../../../components/ui/alert.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Field } from "../../../components/ui/field.tsx";
import { problemOf } from "../../../lib/api-request-error.ts";
import { fieldErrorMessages } from "../../../lib/form-errors.ts";
import { useCreateUser } from "../api/create-user.ts";
import { RoleSelect } from "./role-select.tsx";
import { ZoneCheckboxes } from "./zone-checkboxes.tsx";

const EMPTY_USER: NewUserInput = {
  username: "",
  displayName: "",
  role: "validator",
  zones: [],
  password: "",
};

export function CreateUserForm({ zones }: { zones: readonly ZoneRecord[] }) {
  const createUser = useCreateUser();
  const { register, handleSubmit, formState, reset } = useForm<NewUserInput>({
    resolver: zodResolver(newUserSchema),
    defaultValues: EMPTY_USER,
  });
  const submit = handleSubmit((user) =>
    createUser.mutate(user, {
      onSuccess: () => reset(EMPTY_USER),
    }),
  );
  const problem = createUser.isError ? problemOf(createUser.error) : undefined;
  return (
    <form noValidate onSubmit={submit} className="space-y-5" aria-labelledby="add-user">
      <h2 id="add-user" className="text-lg font-semibold">
        Add a user
      </h2>
      {createUser.isSuccess && (
        <p role="status" className="rounded-md bg-green-50 p-3 font-semibold text-green-900">
          {createUser.data.displayName} can now sign in as {createUser.data.username}.
        </p>
      )}
      {problem && (
        <Alert tone="error" title="The user was not added">
          <p>{problem.message}</p>
        </Alert>
      )}
      <div className="grid gap-5 sm:grid-cols-2">
        <Field
          label="Name"
          inputProps={{ ...register("displayName"), autoComplete: "off" }}
          errors={fieldErrorMessages(formState.errors.displayName)}
        />
        <Field
          label="Username"
          inputProps={{
            ...register("username"),
            autoComplete: "off",
            autoCapitalize: "none",
            spellCheck: false,
          }}
          errors={fieldErrorMessages(formState.errors.username)}
        />
        <RoleSelect
          registration={register("role")}
          errors={fieldErrorMessages(formState.errors.role)}
        />
        <Field
          label="Password"
          inputProps={{ ...register("password"), type: "password", autoComplete: "new-password" }}
          hint={`At least ${PASSWORD_MIN_LENGTH} characters. Give it to them in person; they can change it.`}
          errors={fieldErrorMessages(formState.errors.password)}
        />
      </div>
      <ZoneCheckboxes
        zones={zones}
        registration={register("zones")}
        hint="Where a manager or validator may issue permits. Administrators issue in every zone."
      />
      <Button type="submit" disabled={createUser.isPending}>
        Add user
      </Button>
    </form>
  );
}
