import type { AuditWords } from "../messages.ts";

/** A before or after value as a person reads it: no JSON quotes, lists with commas. */
export function describeValue(value: unknown, t: AuditWords): string {
  if (value === undefined || value === null || value === "") return t("none");
  if (typeof value === "boolean") return value ? t("yes") : t("no");
  if (Array.isArray(value)) {
    return value.length ? value.map((item) => describeValue(item, t)).join(", ") : t("none");
  }
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** "role: validator → manager" */
export function describeChange(
  field: string,
  before: unknown,
  after: unknown,
  t: AuditWords,
): string {
  return `${field}: ${describeValue(before, t)} → ${describeValue(after, t)}`;
}
