import { useQuery } from "@tanstack/react-query";
import { Alert } from "../../../components/ui/alert.tsx";
import { PageHeading } from "../../../components/ui/page-heading.tsx";
import { problemOf } from "../../../lib/api-request-error.ts";
import { zonesQueryOptions } from "../../../lib/zones.ts";
import { AddZoneForm } from "./add-zone-form.tsx";
import { ZoneRow } from "./zone-row.tsx";

export function ZonesPage() {
  const zones = useQuery(zonesQueryOptions());
  return (
    <div className="space-y-8">
      <PageHeading title="Zones">Zones</PageHeading>
      <p>
        Staff issue permits only in active zones, and managers and validators only in those assigned
        to them. An inactive zone stays in the history.
      </p>
      {zones.isError && (
        <Alert tone="error" title="The zones could not be loaded">
          <p>{problemOf(zones.error).message}</p>
        </Alert>
      )}
      {zones.isPending && <p role="status">Loading the zones…</p>}
      {zones.data && (
        <table className="w-full text-sm">
          <caption className="sr-only">Zones</caption>
          <thead>
            <tr className="text-left">
              <th scope="col" className="py-2 pr-4">
                Name in OPSCOM
              </th>
              <th scope="col" className="py-2 pr-4">
                Status
              </th>
              <th scope="col" className="py-2">
                Actions
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
