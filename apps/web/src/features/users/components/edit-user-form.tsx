import type { Role, User, ZoneRecord } from "@permit-desk/schema";
import { useForm } from "react-hook-form";
import { Button } from "../../../components/ui/button.tsx";
import { Field } from "../../../components/ui/field.tsx";
import { problemOf } from "../../../lib/api-request-error.ts";
import { fieldErrorMessages } from "../../../lib/form-errors.ts";
import { useChangeUser } from "../api/change-user.ts";
import { RoleSelect } from "./role-select.tsx";
import { ZoneCheckboxes } from "./zone-checkboxes.tsx";

type UserEdit = { displayName: string; role: Role; zones: string[] };

type EditUserFormProps = { user: User; zones: readonly ZoneRecord[]; onDone: () => void };

export function EditUserForm({ user, zones, onDone }: EditUserFormProps) {
  const changeUser = useChangeUser();
  const { register, handleSubmit, formState } = useForm<UserEdit>({
    defaultValues: { displayName: user.displayName, role: user.role, zones: user.zones },
  });
  const submit = handleSubmit((change) =>
    changeUser.mutate(
      { id: user.id, change },
      {
        onSuccess: onDone,
      },
    ),
  );
  return (
    <form noValidate onSubmit={submit} className="mt-3 space-y-4">
      {changeUser.isError && (
        <p role="alert" className="font-medium text-red-700">
          {problemOf(changeUser.error).message}
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Name"
          inputProps={{
            ...register("displayName", { required: "Enter a name." }),
            autoFocus: true,
          }}
          errors={fieldErrorMessages(formState.errors.displayName)}
        />
        <RoleSelect
          registration={register("role")}
          errors={fieldErrorMessages(formState.errors.role)}
        />
      </div>
      <ZoneCheckboxes
        zones={zones}
        registration={register("zones")}
        hint={`Where ${user.displayName} may issue permits, unless an administrator.`}
      />
      <div className="flex gap-2">
        <Button type="submit" disabled={changeUser.isPending}>
          Save changes
        </Button>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
