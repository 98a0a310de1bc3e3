import { normalizePlate } from "@permit-desk/schema";

/**
 * The plates starting with `prefix` are exactly those in [from, to): a range both SQLite and
 * PostgreSQL answer from a plain index on the plate, where LIKE would need a case-sensitive
 * pragma on one and a pattern operator class on the other.
 */
export function plateRange(prefix: string): { from: string; to: string } | undefined {
  const from = normalizePlate(prefix);
  if (from === "") return undefined;
  const last = from.charCodeAt(from.length - 1);
  return { from, to: from.slice(0, -1) + String.fromCharCode(last + 1) };
}
