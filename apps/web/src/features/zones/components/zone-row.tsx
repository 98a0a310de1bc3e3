import type { ZoneRecord } from "@permit-desk/schema";
import { type FormEvent, useState } from "react";
import { Button } from "../../../components/ui/button.tsx";
import { Field } from "../../../components/ui/field.tsx";
import { problemOf } from "../../../lib/api-request-error.ts";
import { useChangeZone } from "../api/change-zone.ts";

export function ZoneRow({ zone }: { zone: ZoneRecord }) {
  const changeZone = useChangeZone();
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
              label={`New name for ${zone.name}`}
              inputProps={{
                value: name,
                onChange: (event) => setName(event.target.value),
                autoFocus: true,
              }}
            />
            <Button type="submit" disabled={changeZone.isPending}>
              Save name
            </Button>
            <Button variant="secondary" onClick={() => setRenaming(false)}>
              Cancel
            </Button>
          </form>
        ) : (
          zone.name
        )}
        {changeZone.isError && (
          <p role="alert" className="mt-1 text-sm font-medium text-red-700">
            {problemOf(changeZone.error).message}
          </p>
        )}
      </th>
      <td className="py-2 pr-4">{zone.active ? "Active" : "Inactive"}</td>
      <td className="flex flex-wrap gap-2 py-2">
        {!renaming && (
          <Button
            variant="secondary"
            onClick={() => setRenaming(true)}
            aria-label={`Rename ${zone.name}`}
          >
            Rename
          </Button>
        )}
        <Button
          variant="secondary"
          disabled={changeZone.isPending}
          aria-label={`${zone.active ? "Deactivate" : "Activate"} ${zone.name}`}
          onClick={() => changeZone.mutate({ id: zone.id, change: { active: !zone.active } })}
        >
          {zone.active ? "Deactivate" : "Activate"}
        </Button>
      </td>
    </tr>
  );
}
