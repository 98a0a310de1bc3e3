import type { ZoneRecord } from "@permit-desk/schema";
import type { UseFormRegisterReturn } from "react-hook-form";
import { focusRing } from "../../components/ui/styles.ts";
import { useMessages } from "../../lib/i18n/messages.ts";
import { usersMessages } from "./messages.ts";

type ZoneCheckboxesProps = {
  zones: readonly ZoneRecord[];
  registration: UseFormRegisterReturn;
  /** Administrators issue in every zone: the choice only matters for the other roles. */
  hint: string;
};

export function ZoneCheckboxes({ zones, registration, hint }: ZoneCheckboxesProps) {
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
