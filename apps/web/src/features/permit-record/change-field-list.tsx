import type { ChangeableField, PermitChange } from "@permit-desk/schema";
import { CHANGEABLE_FIELDS } from "@permit-desk/schema";
import { NotRecorded } from "../../components/ui/not-recorded.tsx";
import { formatSiteTime } from "../../lib/format-site-time.ts";
import { useLocale } from "../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { permitRecordMessages } from "./messages.ts";

type ChangeFieldListProps = { fields: PermitChange["fields"]; siteTimeZone: string };

const TIMES = new Set<ChangeableField>(["validFrom", "validUntil"]);

function FieldValue({
  field,
  value,
  siteTimeZone,
}: {
  field: ChangeableField;
  value: unknown;
  siteTimeZone: string;
}) {
  const { locale } = useLocale();
  if (typeof value !== "string" || value === "") return <NotRecorded />;
  if (TIMES.has(field)) return <>{formatSiteTime(value, siteTimeZone, locale)}</>;
  return <span className={field === "plate" ? "font-mono font-semibold" : undefined}>{value}</span>;
}

/** Each field a change set, as it read before and after, in the schema's order. */
export function ChangeFieldList({ fields, siteTimeZone }: ChangeFieldListProps) {
  const t = useMessages(permitRecordMessages);
  const changed = CHANGEABLE_FIELDS.flatMap((field) => {
    const change = fields[field];
    return change === undefined ? [] : [{ field, ...change }];
  });
  if (changed.length === 0) return null;
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[minmax(8rem,auto)_1fr]">
      {changed.map(({ field, before, after }) => (
        <div key={field} className="contents">
          <dt className="font-semibold text-slate-700">{t("field", { field })}</dt>
          <dd className="min-w-0 break-words text-slate-950">
            <FieldValue field={field} value={before} siteTimeZone={siteTimeZone} />{" "}
            <span aria-hidden="true">→</span> <span className="sr-only">{t("becomes")}</span>{" "}
            <FieldValue field={field} value={after} siteTimeZone={siteTimeZone} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
