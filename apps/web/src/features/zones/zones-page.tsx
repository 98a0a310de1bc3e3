import { useQuery } from "@tanstack/react-query";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { ProblemAlert } from "../../components/ui/problem-alert.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { zonesQueryOptions } from "../../lib/shared-queries.ts";
import { AddZoneForm } from "./add-zone-form.tsx";
import { zonesMessages } from "./messages.ts";
import { ZoneRow } from "./zone-row.tsx";

export function ZonesPage() {
  const zones = useQuery(zonesQueryOptions());
  const t = useMessages(zonesMessages);
  return (
    <div className="space-y-8">
      <PageHeading title={t("title")}>{t("title")}</PageHeading>
      <p>{t("intro")}</p>
      <ProblemAlert title={t("zonesFailed")} error={zones.error} />
      {zones.isPending && <p role="status">{t("loadingZones")}</p>}
      {zones.data && (
        <table className="w-full text-sm">
          <caption className="sr-only">{t("title")}</caption>
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
              <ZoneRow key={zone.id} zone={zone} />
            ))}
          </tbody>
        </table>
      )}
      <AddZoneForm />
    </div>
  );
}
