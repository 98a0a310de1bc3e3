import { DescriptionList } from "../../components/ui/description-list.tsx";
import { NotRecorded } from "../../components/ui/not-recorded.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { permitRecordMessages } from "./messages.ts";

/** What was sent to OPSCOM, field by field, as text; nested values as JSON. */
export function sentBodyEntries(sentBody: Record<string, unknown>): Array<[string, string]> {
  return Object.entries(sentBody).map(([name, value]) => [name, sentValueText(value)]);
}

function sentValueText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === undefined) return "";
  return JSON.stringify(value);
}

/** The wire body as it left Permit Desk, under OPSCOM's own field names. */
export function SentToOpscom({ sentBody }: { sentBody: Record<string, unknown> }) {
  const t = useMessages(permitRecordMessages);
  const entries = sentBodyEntries(sentBody);
  if (entries.length === 0) return <NotRecorded>{t("nothingSent")}</NotRecorded>;
  return (
    <DescriptionList
      items={entries.map(([name, value]) => ({
        term: name,
        details: <span className="break-all font-mono">{value}</span>,
      }))}
    />
  );
}
