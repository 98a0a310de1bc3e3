import { AUDIT_ACTIONS } from "@permit-desk/schema";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Button } from "../../components/ui/button.tsx";
import { SelectField } from "../../components/ui/field.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { usersQueryOptions } from "../../lib/shared-queries.ts";
import type { AuditFilters } from "./api.ts";
import { auditMessages } from "./messages.ts";

type AuditFiltersFormProps = { filters: AuditFilters; onApply: (filters: AuditFilters) => void };

export function AuditFiltersForm({ filters, onApply }: AuditFiltersFormProps) {
  const staff = useQuery(usersQueryOptions());
  const t = useMessages(auditMessages);
  const [draft, setDraft] = useState(filters);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form onSubmit={apply} className="flex flex-wrap items-end gap-3" aria-label={t("filters")}>
      <SelectField
        label={t("action")}
        selectProps={{
          value: draft.action,
          onChange: (event) => setDraft({ ...draft, action: event.target.value }),
        }}
      >
        <option value="">{t("anyAction")}</option>
        {AUDIT_ACTIONS.map((action) => (
          <option key={action} value={action}>
            {t(action)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("staffMember")}
        selectProps={{
          value: draft.actor,
          onChange: (event) => setDraft({ ...draft, actor: event.target.value }),
        }}
      >
        <option value="">{t("anyone")}</option>
        {staff.data?.map((member) => (
          <option key={member.id} value={member.id}>
            {member.displayName} ({member.username})
          </option>
        ))}
      </SelectField>
      <Button type="submit">{t("filter")}</Button>
    </form>
  );
}
