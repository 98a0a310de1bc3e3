import { ROLES } from "@permit-desk/schema";
import type { UseFormRegisterReturn } from "react-hook-form";
import { SelectField } from "../../../components/ui/select-field.tsx";
import { ROLE_LABELS } from "../../../lib/roles.ts";

export function RoleSelect({
  registration,
  errors,
}: {
  registration: UseFormRegisterReturn;
  errors: string[];
}) {
  return (
    <SelectField
      label="Role"
      selectProps={registration}
      errors={errors}
      hint="Administrators manage staff and zones; managers see every permit in their zones; validators see their own."
    >
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {ROLE_LABELS[role]}
        </option>
      ))}
    </SelectField>
  );
}
