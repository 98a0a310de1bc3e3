import type { ZoneRecord } from "@permit-desk/schema";
import { type FormEvent, useState } from "react";
import { Button } from "../../components/ui/button.tsx";
import { Field } from "../../components/ui/field.tsx";
import { ProblemLine } from "../../components/ui/problem-alert.tsx";
import { commonMessages } from "../../lib/i18n/common-messages.ts";
import { useMessages } from "../../lib/i18n/messages.ts";
import { useChangeZone } from "./api.ts";
import { zonesMessages } from "./messages.ts";

export function ZoneRow({ zone }: { zone: ZoneRecord }) {
  const changeZone = useChangeZone();
  const t = useMessages(zonesMessages);
  const common = useMessages(commonMessages);
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(zone.name);
  const rename = (event: FormEvent) => {
    event.preventDefault();
    changeZone.mutate({ id: zone.id, change: { name } }, { onSuccess: () => setRenaming(false) });
  };
  return (
    <tr className="border-t border-slate-200 align-top">
      <th scope="row" className="py-2 pr-4 text-left font-semibold">
        {renaming ? (
          <form onSubmit={rename} className="flex flex-wrap items-end gap-2">
            <Field
              label={t("newNameFor", { zone: zone.name })}
              inputProps={{
                value: name,
                onChange: (event) => setName(event.target.value),
                autoFocus: true,
              }}
            />
            <Button type="submit" disabled={changeZone.isPending}>
              {t("saveName")}
            </Button>
            <Button variant="secondary" onClick={() => setRenaming(false)}>
              {common("cancel")}
            </Button>
          </form>
        ) : (
          zone.name
        )}
        <ProblemLine error={changeZone.error} className="mt-1 text-sm" />
      </th>
      <td className="py-2 pr-4">{zone.active ? t("active") : t("inactive")}</td>
      <td className="flex flex-wrap gap-2 py-2">
        {!renaming && (
          <Button
            variant="secondary"
            onClick={() => setRenaming(true)}
            aria-label={`${t("rename")} ${zone.name}`}
          >
            {t("rename")}
          </Button>
        )}
        <Button
          variant="secondary"
          disabled={changeZone.isPending}
          aria-label={`${t(zone.active ? "deactivate" : "activate")} ${zone.name}`}
          onClick={() => changeZone.mutate({ id: zone.id, change: { active: !zone.active } })}
        >
          {zone.active ? t("deactivate") : t("activate")}
        </Button>
      </td>
    </tr>
  );
}
