/** What was sent to OPSCOM, field by field, as text; nested values as JSON. */
export function sentBodyEntries(sentBody: Record<string, unknown>): Array<[string, string]> {
  return Object.entries(sentBody).map(([name, value]) => [name, sentValueText(value)]);
}

function sentValueText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === undefined) return "";
  return JSON.stringify(value);
}
