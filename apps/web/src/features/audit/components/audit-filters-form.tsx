import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Button } from "../../../components/ui/button.tsx";
import { SelectField } from "../../../components/ui/select-field.tsx";
import type { AuditFilters } from "../api/get-audit-page.ts";
import { staffQueryOptions } from "../api/get-staff.ts";
import { AUDIT_ACTION_LABELS } from "../utils/audit-actions.ts";

type AuditFiltersFormProps = { filters: AuditFilters; onApply: (filters: AuditFilters) => void };

export function AuditFiltersForm({ filters, onApply }: AuditFiltersFormProps) {
  const staff = useQuery(staffQueryOptions());
  const [draft, setDraft] = useState(filters);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form onSubmit={apply} className="flex flex-wrap items-end gap-3" aria-label="Filters">
      <SelectField
        label="Action"
        selectProps={{
          value: draft.action,
          onChange: (event) => setDraft({ ...draft, action: event.target.value }),
        }}
      >
        <option value="">Any action</option>
        {AUDIT_ACTION_LABELS.map(([action, label]) => (
          <option key={action} value={action}>
            {label}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Staff member"
        selectProps={{
          value: draft.actor,
          onChange: (event) => setDraft({ ...draft, actor: event.target.value }),
        }}
      >
        <option value="">Anyone</option>
        {staff.data?.map((member) => (
          <option key={member.id} value={member.id}>
            {member.displayName} ({member.username})
          </option>
        ))}
      </SelectField>
      <Button type="submit">Filter</Button>
    </form>
  );
}
