import { useQuery } from "@tanstack/react-query";
import { Alert } from "../../components/ui/alert.tsx";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { useProblemText } from "../../lib/i18n/problem-text.ts";
import { zonesQueryOptions } from "../../lib/shared-queries.ts";
import { AddZoneForm } from "./add-zone-form.tsx";
import { zonesMessages } from "./messages.ts";
import { ZoneRow } from "./zone-row.tsx";

export function ZonesPage() {
  const zones = useQuery(zonesQueryOptions());
  const t = useMessages(zonesMessages);
  const problemText = useProblemText();
  return (
    <div className="space-y-8">
      <PageHeading title={t("title")}>{t("title")}</PageHeading>
      <p>{t("intro")}</p>
      {zones.isError && (
        <Alert tone="error" title={t("zonesFailed")}>
          <p>{problemText(zones.error)}</p>
        </Alert>
      )}
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
