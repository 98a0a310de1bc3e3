import {
  type NewUserInput,
  newUserSchema,
  PASSWORD_MIN_LENGTH,
  passwordResetSchema,
  ROLES,
  type User,
  userChangeSchema,
  type ZoneRecord,
} from "@permit-desk/schema";
import type { UseFormRegisterReturn } from "react-hook-form";
import { Field, SelectField, VERBATIM_INPUT } from "../../components/ui/field.tsx";
import { CancelButton, SubmitButton } from "../../components/ui/form-buttons.tsx";
import { ProblemAlert, ProblemLine } from "../../components/ui/problem-alert.tsx";
import { focusRing } from "../../components/ui/styles.ts";
import { notAtFields, showRefusalAtFields, useSchemaForm } from "../../lib/form-errors.ts";
import { useMessages } from "../../lib/i18n/messages.ts";
import { roleMessages } from "../../lib/roles.ts";
import { useChangeUser, useCreateUser, useResetUserPassword } from "./api.ts";
import { issuesNowhere } from "./issues-nowhere.ts";
import { usersMessages } from "./messages.ts";

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
  const { form, field, errorsOf } = useSchemaForm(newUserSchema, EMPTY_USER);
  const { register, handleSubmit, reset } = form;
  const submit = handleSubmit((user) =>
    createUser.mutate(user, {
      onSuccess: () => reset(EMPTY_USER),
      onError: (error) => showRefusalAtFields(form, error, ["password"]),
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
      <ProblemAlert title={t("userNotAdded")} error={notAtFields(createUser.error, ["password"])} />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label={t("name")} {...field("displayName", { autoComplete: "off" })} />
        <Field
          label={t("username")}
          hint={t("usernameHint")}
          {...field("username", { autoComplete: "off", ...VERBATIM_INPUT })}
        />
        <RoleSelect registration={register("role")} errors={errorsOf("role")} />
        <Field
          label={t("password")}
          hint={t("newUserPasswordHint", { min: PASSWORD_MIN_LENGTH })}
          {...field("password", { type: "password", autoComplete: "new-password" })}
        />
      </div>
      <ZoneCheckboxes zones={zones} registration={register("zones")} hint={t("newUserZonesHint")} />
      <SubmitButton isPending={createUser.isPending} label={t("addUser")} />
    </form>
  );
}

type EditUserFormProps = {
  user: User;
  zones: readonly ZoneRecord[];
  onSaved: (saved: User) => void;
  onCancel: () => void;
};

export function EditUserForm({ user, zones, onSaved, onCancel }: EditUserFormProps) {
  const changeUser = useChangeUser();
  const t = useMessages(usersMessages);
  const { form, field, errorsOf } = useSchemaForm(userChangeSchema, {
    displayName: user.displayName,
    role: user.role,
    zones: user.zones,
  });
  const { register, handleSubmit } = form;
  const submit = handleSubmit((change) =>
    changeUser.mutate({ id: user.id, change }, { onSuccess: onSaved }),
  );
  return (
    <form noValidate onSubmit={submit} className="mt-3 space-y-4">
      <ProblemLine error={changeUser.error} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("name")} {...field("displayName", { autoFocus: true })} />
        <RoleSelect registration={register("role")} errors={errorsOf("role")} />
      </div>
      <ZoneCheckboxes
        zones={zones}
        registration={register("zones")}
        hint={t("userZonesHint", { name: user.displayName })}
      />
      <div className="flex gap-2">
        <SubmitButton isPending={changeUser.isPending} label={t("saveChanges")} />
        <CancelButton onClick={onCancel} />
      </div>
    </form>
  );
}

export function ResetPasswordForm({ user, onDone }: { user: User; onDone: () => void }) {
  const resetPassword = useResetUserPassword();
  const t = useMessages(usersMessages);
  const { form, field } = useSchemaForm(passwordResetSchema, { password: "" });
  const submit = form.handleSubmit(({ password }) =>
    resetPassword.mutate(
      { id: user.id, password },
      { onSuccess: onDone, onError: (error) => showRefusalAtFields(form, error, ["password"]) },
    ),
  );
  return (
    <form noValidate onSubmit={submit} className="mt-3 flex flex-wrap items-start gap-3">
      <Field
        className="min-w-64 flex-1"
        label={t("newPasswordFor", { name: user.displayName })}
        hint={t("passwordHint", { min: PASSWORD_MIN_LENGTH })}
        {...field("password", { type: "password", autoComplete: "new-password", autoFocus: true })}
      />
      <div className="flex gap-2 sm:mt-6">
        <SubmitButton isPending={resetPassword.isPending} label={t("setPassword")} />
        <CancelButton onClick={onDone} />
      </div>
      <ProblemLine error={notAtFields(resetPassword.error, ["password"])} className="w-full" />
    </form>
  );
}

function RoleSelect({
  registration,
  errors,
}: {
  registration: UseFormRegisterReturn;
  errors: string[];
}) {
  const t = useMessages(usersMessages);
  const roleName = useMessages(roleMessages);
  return (
    <SelectField
      label={t("role")}
      selectProps={registration}
      errors={errors}
      hint={t("roleHint")}
      options={ROLES.map((role) => [role, roleName(role)] as const)}
    />
  );
}

type ZoneCheckboxesProps = {
  zones: readonly ZoneRecord[];
  registration: UseFormRegisterReturn;
  /** Administrators issue in every zone: the choice only matters for the other roles. */
  hint: string;
};

function ZoneCheckboxes({ zones, registration, hint }: ZoneCheckboxesProps) {
  const t = useMessages(usersMessages);
  return (
    <fieldset>
      <legend className="text-sm font-semibold text-slate-900">{t("zones")}</legend>
      <p className="text-sm text-slate-700">{hint}</p>
      {zones.length === 0 && <p className="text-sm">{t("noZonesToChoose")}</p>}
      <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
        {zones.map((zone) => (
          <li key={zone.id}>
            <label className="inline-flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
                value={zone.name}
                className={`size-5 ${focusRing}`}
                {...registration}
              />
              {zone.name}
              {!zone.active && <span className="text-slate-600">{t("inactive")}</span>}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
