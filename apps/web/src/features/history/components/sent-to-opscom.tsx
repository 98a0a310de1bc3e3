import { DescriptionList } from "../../../components/ui/description-list.tsx";
import { NotRecorded } from "../../../components/ui/not-recorded.tsx";
import { sentBodyEntries } from "../utils/sent-body-entries.ts";

/** The wire body as it left Permit Desk, under OPSCOM's own field names. */
export function SentToOpscom({ sentBody }: { sentBody: Record<string, unknown> }) {
  const entries = sentBodyEntries(sentBody);
  if (entries.length === 0) return <NotRecorded>Nothing was sent.</NotRecorded>;
  return (
    <DescriptionList
      items={entries.map(([name, value]) => ({
        term: name,
        details: <span className="break-all font-mono">{value}</span>,
      }))}
    />
  );
}
