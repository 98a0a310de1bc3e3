/** A before or after value as a person reads it: no JSON quotes, lists with commas. */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null || value === "") return "(none)";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) return value.length ? value.map(describeValue).join(", ") : "(none)";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** "role: validator → manager" */
export function describeChange(field: string, before: unknown, after: unknown): string {
  return `${field}: ${describeValue(before)} → ${describeValue(after)}`;
}
