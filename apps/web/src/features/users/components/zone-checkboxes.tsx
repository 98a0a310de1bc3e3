import type { ZoneRecord } from "@permit-desk/schema";
import type { UseFormRegisterReturn } from "react-hook-form";
import { focusRing } from "../../../components/ui/focus-ring.ts";

type ZoneCheckboxesProps = {
  zones: readonly ZoneRecord[];
  registration: UseFormRegisterReturn;
  /** Administrators issue in every zone: the choice only matters for the other roles. */
  hint: string;
};

export function ZoneCheckboxes({ zones, registration, hint }: ZoneCheckboxesProps) {
  return (
    <fieldset>
      <legend className="text-sm font-semibold text-slate-900">Zones</legend>
      <p className="text-sm text-slate-700">{hint}</p>
      {zones.length === 0 && <p className="text-sm">No zone yet: add them on the Zones page.</p>}
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
              {!zone.active && <span className="text-slate-600">(inactive)</span>}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
