import { mayRecordFindings, type PermitRecord } from "@permit-desk/schema";
import { useQuery } from "@tanstack/react-query";
import { NotRecorded } from "../../components/ui/not-recorded.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { sessionQueryOptions } from "../../lib/session.ts";
import { permitRecordMessages } from "./messages.ts";
import { PermitChangeItem } from "./permit-change-item.tsx";

type PermitChangeListProps = { record: PermitRecord; siteTimeZone: string };

/** The permit's corrections, extensions and voids, oldest first, as its chain of events. */
export function PermitChangeList({ record, siteTimeZone }: PermitChangeListProps) {
  const t = useMessages(permitRecordMessages);
  // The member signed in, as the shell already read them; undefined only while it re-reads.
  const member = useQuery(sessionQueryOptions()).data ?? undefined;
  if (record.changes.length === 0) {
    return (
      <p>
        <NotRecorded>{t("noChanges")}</NotRecorded>
      </p>
    );
  }
  return (
    <ol className="space-y-3">
      {record.changes.map((change) => (
        <li key={change.id}>
          <PermitChangeItem
            permitId={record.id}
            change={change}
            siteTimeZone={siteTimeZone}
            canReconcile={member !== undefined && mayRecordFindings(member.role)}
          />
        </li>
      ))}
    </ol>
  );
}
