import { type ZoneRecord, zoneInputSchema } from "@permit-desk/schema";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "../../components/ui/button.tsx";
import { Field } from "../../components/ui/field.tsx";
import { CancelButton, SubmitButton } from "../../components/ui/form-buttons.tsx";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { ProblemAlert, ProblemLine } from "../../components/ui/problem-alert.tsx";
import { useSchemaForm } from "../../lib/form-errors.ts";
import { useMessages } from "../../lib/i18n/messages.ts";
import { zonesQueryOptions } from "../../lib/shared-queries.ts";
import { useAddZone, useChangeZone, type ZoneChange } from "./api.ts";
import { zonesMessages } from "./messages.ts";

/**
 * What was acted on last (a zone's id, or "add"): only its outcome shows, so an old refusal never
 * stays above a new one.
 */
type LastAction = { last: string | undefined; onAct: (what: string) => void };

export function ZonesPage() {
  const zones = useQuery(zonesQueryOptions());
  const t = useMessages(zonesMessages);
  const [last, onAct] = useState<string | undefined>(undefined);
  return (
    <div className="space-y-8">
      <PageHeading title={t("title")} />
      <p>{t("intro")}</p>
      <ProblemAlert title={t("zonesFailed")} error={zones.error} />
      {zones.isPending && <p role="status">{t("loadingZones")}</p>}
      {zones.data && (
        // Fixed columns (beside each other, from a tablet up): opening Rename moves no other.
        <table className="w-full text-sm sm:table-fixed">
          <caption className="sr-only">{t("title")}</caption>
          <colgroup>
            <col />
            <col className="sm:w-32" />
            <col className="sm:w-80" />
          </colgroup>
          <thead>
            <tr className="text-left">
              <th scope="col" className="py-2 pr-4">
                {t("nameInOpscom")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("status")}
              </th>
              <th scope="col" className="py-2">
                {t("actions")}
              </th>
            </tr>
          </thead>
          <tbody>
            {zones.data.map((zone) => (
              <ZoneRow key={zone.id} zone={zone} last={last} onAct={onAct} />
            ))}
          </tbody>
        </table>
      )}
      <AddZoneForm last={last} onAct={onAct} />
    </div>
  );
}

function ZoneRow({ zone, last, onAct }: { zone: ZoneRecord } & LastAction) {
  const changeZone = useChangeZone();
  const t = useMessages(zonesMessages);
  const [renaming, setRenaming] = useState(false);
  const { register, handleSubmit } = useForm({ defaultValues: { name: zone.name } });
  const change = (zoneChange: ZoneChange["change"], onSuccess?: () => void) => {
    onAct(zone.id);
    changeZone.mutate({ id: zone.id, change: zoneChange }, { onSuccess });
  };
  const rename = handleSubmit(({ name }) => change({ name }, () => setRenaming(false)));
  return (
    <tr className="border-t border-slate-200 align-top">
      <th scope="row" className="py-2 pr-4 text-left font-semibold">
        {renaming ? (
          <form onSubmit={rename} className="flex flex-wrap items-end gap-2">
            <Field
              label={t("newNameFor", { zone: zone.name })}
              inputProps={{ ...register("name"), autoFocus: true }}
            />
            <SubmitButton isPending={changeZone.isPending} label={t("saveName")} />
            <CancelButton onClick={() => setRenaming(false)} />
          </form>
        ) : (
          zone.name
        )}
        <ProblemLine error={last === zone.id && changeZone.error} className="mt-1 text-sm" />
      </th>
      <td className="py-2 pr-4">{zone.active ? t("active") : t("inactive")}</td>
      <td className="py-2">
        <div className="flex flex-wrap gap-2">
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
            onClick={() => change({ active: !zone.active })}
          >
            {zone.active ? t("deactivate") : t("activate")}
          </Button>
        </div>
      </td>
    </tr>
  );
}

function AddZoneForm({ last, onAct }: LastAction) {
  const addZone = useAddZone();
  const t = useMessages(zonesMessages);
  const { form, field } = useSchemaForm(zoneInputSchema, { name: "" });
  const submit = form.handleSubmit(
    (zone) => {
      onAct("add");
      addZone.mutate({ ...zone, active: true }, { onSuccess: () => form.reset() });
    },
    // The field's own message now, not the last attempt's refusal above it.
    () => {
      onAct("add");
      addZone.reset();
    },
  );
  const shown = last === "add";
  return (
    <form noValidate onSubmit={submit} className="space-y-4" aria-labelledby="add-zone">
      <h2 id="add-zone" className="text-lg font-semibold">
        {t("addZoneHeading")}
      </h2>
      <ProblemAlert title={t("zoneNotAdded")} error={shown && addZone.error} />
      <div role="status">
        {shown && addZone.isSuccess && (
          <p className="rounded-md bg-green-50 p-3 font-semibold text-green-900">
            {t("zoneAdded", { zone: addZone.data.name })}
          </p>
        )}
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <Field
          className="min-w-64 flex-1"
          label={t("zoneName")}
          hint={t("zoneNameHint")}
          {...field("name")}
        />
      </div>
      <SubmitButton isPending={addZone.isPending} label={t("addZone")} />
    </form>
  );
}
