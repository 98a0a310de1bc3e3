import { normalizePlate } from "@permit-desk/schema";

const LAST_CODE_POINT = 0x10ffff;

/** The code point after this one, skipping the surrogates, which no well-formed text holds. */
const nextCodePoint = (codePoint: number) => (codePoint === 0xd7ff ? 0xe000 : codePoint + 1);

/**
 * The plates starting with `prefix` are exactly those in [from, to): a range both SQLite and
 * PostgreSQL answer from a plain index on the plate, where LIKE would need a case-sensitive
 * pragma on one and a pattern operator class on the other. Both compare text by code point
 * (UTF-8 bytes; PostgreSQL's column is `collate "C"`), so `to` is the prefix with its last code
 * point raised by one, carrying past U+10FFFF; a prefix of nothing but U+10FFFF has no `to`.
 */
export function plateRange(prefix: string): { from: string; to?: string } | undefined {
  const from = normalizePlate(prefix);
  if (from === "") return undefined;
  const codePoints = Array.from(from, (char) => char.codePointAt(0) ?? 0);
  while (codePoints.at(-1) === LAST_CODE_POINT) codePoints.pop();
  const last = codePoints.pop();
  if (last === undefined) return { from };
  return { from, to: String.fromCodePoint(...codePoints, nextCodePoint(last)) };
}
