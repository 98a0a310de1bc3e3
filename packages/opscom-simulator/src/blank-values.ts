/**
 * The body without the names whose value is null or blank text. OPSCOM is a PHP service, where
 * such values read as "not given"; treating them so keeps "missing" one case, not three.
 */
export function withoutBlankValues(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => !isBlank(value)));
}

export function isBlank(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === "string" && value.trim() === "")
  );
}
