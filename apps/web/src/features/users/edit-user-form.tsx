import type { Role, User, ZoneRecord } from "@permit-desk/schema";
import { useForm } from "react-hook-form";
import { Button } from "../../components/ui/button.tsx";
import { Field } from "../../components/ui/field.tsx";
import { ProblemLine } from "../../components/ui/problem-alert.tsx";
import { useFieldErrorMessages } from "../../lib/form-errors.ts";
import { commonMessages } from "../../lib/i18n/common-messages.ts";
import { useMessages } from "../../lib/i18n/messages.ts";
import { useChangeUser } from "./api.ts";
import { usersMessages } from "./messages.ts";
import { RoleSelect } from "./role-select.tsx";
import { ZoneCheckboxes } from "./zone-checkboxes.tsx";

type UserEdit = { displayName: string; role: Role; zones: string[] };

type EditUserFormProps = {
  user: User;
  zones: readonly ZoneRecord[];
  onSaved: (saved: User) => void;
  onCancel: () => void;
};

export function EditUserForm({ user, zones, onSaved, onCancel }: EditUserFormProps) {
  const changeUser = useChangeUser();
  const t = useMessages(usersMessages);
  const common = useMessages(commonMessages);
  const fieldErrorMessages = useFieldErrorMessages();
  const { register, handleSubmit, formState } = useForm<UserEdit>({
    defaultValues: { displayName: user.displayName, role: user.role, zones: user.zones },
  });
  const submit = handleSubmit((change) =>
    changeUser.mutate(
      { id: user.id, change },
      {
        onSuccess: onSaved,
      },
    ),
  );
  return (
    <form noValidate onSubmit={submit} className="mt-3 space-y-4">
      <ProblemLine error={changeUser.error} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label={t("name")}
          inputProps={{
            ...register("displayName", { required: t("nameRequired") }),
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
        hint={t("userZonesHint", { name: user.displayName })}
      />
      <div className="flex gap-2">
        <Button type="submit" disabled={changeUser.isPending}>
          {t("saveChanges")}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {common("cancel")}
        </Button>
      </div>
    </form>
  );
}
