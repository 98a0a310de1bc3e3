import { ROLES } from "@permit-desk/schema";
import type { UseFormRegisterReturn } from "react-hook-form";
import { SelectField } from "../../components/ui/field.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { roleMessages } from "../../lib/roles.ts";
import { usersMessages } from "./messages.ts";

export function RoleSelect({
  registration,
  errors,
}: {
  registration: UseFormRegisterReturn;
  errors: string[];
}) {
  const t = useMessages(usersMessages);
  const roleName = useMessages(roleMessages);
  return (
    <SelectField label={t("role")} selectProps={registration} errors={errors} hint={t("roleHint")}>
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {roleName(role)}
        </option>
      ))}
    </SelectField>
  );
}
