import { zodResolver } from "@hookform/resolvers/zod";
import {
  type NewUserInput,
  newUserSchema,
  PASSWORD_MIN_LENGTH,
  type ZoneRecord,
} from "@permit-desk/schema";
import { useForm } from "react-hook-form";
import { Button } from "../../components/ui/button.tsx";
import { Field } from "../../components/ui/field.tsx";
import { ProblemAlert } from "../../components/ui/problem-alert.tsx";
import { useFieldErrorMessages } from "../../lib/form-errors.ts";
import { useMessages } from "../../lib/i18n/messages.ts";
import { useCreateUser } from "./api.ts";
import { issuesNowhere } from "./issues-nowhere.ts";
import { usersMessages } from "./messages.ts";
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
  const t = useMessages(usersMessages);
  const fieldErrorMessages = useFieldErrorMessages();
  const { register, handleSubmit, formState, reset } = useForm<NewUserInput>({
    resolver: zodResolver(newUserSchema),
    defaultValues: EMPTY_USER,
  });
  const submit = handleSubmit((user) =>
    createUser.mutate(user, {
      onSuccess: () => reset(EMPTY_USER),
    }),
  );
  return (
    <form noValidate onSubmit={submit} className="space-y-5" aria-labelledby="add-user">
      <h2 id="add-user" className="text-lg font-semibold">
        {t("addUserHeading")}
      </h2>
      {createUser.isSuccess && (
        <div role="status" className="space-y-2">
          <p className="rounded-md bg-green-50 p-3 font-semibold text-green-900">
            {t("canNowSignIn", {
              name: createUser.data.displayName,
              username: createUser.data.username,
            })}
          </p>
          {issuesNowhere(createUser.data, zones) && (
            <p className="rounded-md border-l-4 border-amber-700 bg-amber-50 p-3 font-semibold text-amber-950">
              {t("noZoneWarning")}
            </p>
          )}
        </div>
      )}
      <ProblemAlert title={t("userNotAdded")} error={createUser.error} />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field
          label={t("name")}
          inputProps={{ ...register("displayName"), autoComplete: "off" }}
          errors={fieldErrorMessages(formState.errors.displayName)}
        />
        <Field
          label={t("username")}
          inputProps={{
            ...register("username"),
            autoComplete: "off",
            autoCapitalize: "none",
            spellCheck: false,
          }}
          hint={t("usernameHint")}
          errors={fieldErrorMessages(formState.errors.username)}
        />
        <RoleSelect
          registration={register("role")}
          errors={fieldErrorMessages(formState.errors.role)}
        />
        <Field
          label={t("password")}
          inputProps={{ ...register("password"), type: "password", autoComplete: "new-password" }}
          hint={t("newUserPasswordHint", { min: PASSWORD_MIN_LENGTH })}
          errors={fieldErrorMessages(formState.errors.password)}
        />
      </div>
      <ZoneCheckboxes zones={zones} registration={register("zones")} hint={t("newUserZonesHint")} />
      <Button type="submit" disabled={createUser.isPending}>
        {t("addUser")}
      </Button>
    </form>
  );
}
