import type { AuditEvent } from "@permit-desk/schema";
import { formatSiteTime } from "../../../lib/format-site-time.ts";
import { useLocale } from "../../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { auditMessages } from "../messages.ts";
import { describeAction } from "../utils/audit-actions.ts";
import { describeChange, describeValue } from "../utils/describe-change.ts";

type AuditEventItemProps = { event: AuditEvent; siteTimeZone: string };

export function AuditEventItem({ event, siteTimeZone }: AuditEventItemProps) {
  const t = useMessages(auditMessages);
  const { locale } = useLocale();
  const changes = Object.entries(event.changes ?? {});
  const details = Object.entries(event.detail ?? {});
  return (
    <li className="border-t border-slate-200 py-3">
      <p>
        <time dateTime={event.at} className="text-slate-700">
          {formatSiteTime(event.at, siteTimeZone, locale)}
        </time>{" "}
        · <span className="font-semibold">{event.actor}</span> ·{" "}
        <span>{describeAction(event.action, t)}</span>
        {event.subject && (
          <span className="text-slate-700">
            {" "}
            · {event.subject.type} {event.subject.id}
          </span>
        )}
      </p>
      {(changes.length > 0 || details.length > 0) && (
        <ul className="mt-1 space-y-0.5 text-sm">
          {changes.map(([field, { before, after }]) => (
            <li key={field}>{describeChange(field, before, after, t)}</li>
          ))}
          {details.map(([key, value]) => (
            <li key={key}>
              {key}: {describeValue(value, t)}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
