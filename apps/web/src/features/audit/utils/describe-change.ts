import type { AuditEvent } from "@permit-desk/schema";
import type { AuditReading } from "./audit-reading.ts";
import { describeValue, fieldLabel } from "./audit-values.ts";

type Event = Pick<AuditEvent, "action" | "changes" | "detail">;

/** "Role: Validator → Manager"; an amount in the currency it had on the same side. */
export function describeChange(
  event: Event,
  field: string,
  change: { before: unknown; after: unknown },
  reading: AuditReading,
): string {
  const currency = event.changes?.currency;
  const side = (value: unknown, which: "before" | "after") =>
    describeValue(field, value, { action: event.action, currency: currency?.[which] }, reading);
  return reading.t("fieldChange", {
    field: fieldLabel(field, reading),
    before: side(change.before, "before"),
    after: side(change.after, "after"),
  });
}

/** "Outcome: Refused by OPSCOM" */
export function describeDetail(
  event: Event,
  key: string,
  value: unknown,
  reading: AuditReading,
): string {
  return reading.t("fieldValue", {
    field: fieldLabel(key, reading),
    value: describeValue(
      key,
      value,
      { action: event.action, currency: event.detail?.currency },
      reading,
    ),
  });
}
