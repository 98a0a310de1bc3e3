import type { AuditEvent } from "@permit-desk/schema";
import { useMemo } from "react";
import { formatSiteTime } from "../../lib/format-site-time.ts";
import { useLocale } from "../../lib/i18n/locale-context.tsx";
import {
  actorLabel,
  auditReading,
  describeAction,
  describeChange,
  describeDetail,
  subjectLabel,
} from "./audit-words.ts";

type AuditEventItemProps = { event: AuditEvent; siteTimeZone: string };

export function AuditEventItem({ event, siteTimeZone }: AuditEventItemProps) {
  const { locale } = useLocale();
  const reading = useMemo(() => auditReading(locale, siteTimeZone), [locale, siteTimeZone]);
  const { t } = reading;
  const changes = Object.entries(event.changes ?? {});
  const details = Object.entries(event.detail ?? {});
  return (
    <li className="border-t border-slate-200 py-3">
      <p>
        <time dateTime={event.at} className="text-slate-700">
          {formatSiteTime(event.at, siteTimeZone, locale)}
        </time>{" "}
        · <span className="font-semibold">{actorLabel(event, t)}</span> ·{" "}
        <span>{describeAction(event, t)}</span>
        {event.subject && (
          <span className="text-slate-700">
            {" "}
            · {subjectLabel(event.subject.type, reading)} {event.subject.id}
          </span>
        )}
      </p>
      {(changes.length > 0 || details.length > 0) && (
        <ul className="mt-1 space-y-0.5 text-sm">
          {changes.map(([field, change]) => (
            <li key={field}>{describeChange(event, field, change, reading)}</li>
          ))}
          {details.map(([key, value]) => (
            <li key={key}>{describeDetail(event, key, value, reading)}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
