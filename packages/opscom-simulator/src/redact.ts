export const REDACTED = "[REDACTED]";

/** The closing quote is optional: a body cut short may end inside the token. */
const TOKEN_MEMBER = /("apiToken"\s*:\s*)"(?:[^"\\]|\\.)*"?/gi;

/** A parsed body with every token blanked out: under any `apiToken` key and wherever a secret appears. */
export function redactValue(value: unknown, secrets: ReadonlySet<string>): unknown {
  if (typeof value === "string") return secrets.has(value) ? REDACTED : value;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets));
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      key.toLowerCase() === "apitoken" ? REDACTED : redactValue(item, secrets),
    ]),
  );
}

/** A body that is not JSON, as text, with token members and known secrets blanked out. */
export function redactText(text: string, secrets: ReadonlySet<string>): string {
  let redacted = text.replace(TOKEN_MEMBER, `$1"${REDACTED}"`);
  for (const secret of secrets) redacted = redacted.replaceAll(secret, REDACTED);
  return redacted;
}
