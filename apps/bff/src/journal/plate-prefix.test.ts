import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testDialects } from "../db/test-databases.ts";
import { plateRange } from "./plate-prefix.ts";
import { pendingEntry, testJournal } from "./test-entries.ts";

/** Both databases compare text as its UTF-8 bytes, which is code point order. */
const byCodePoint = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

const inRange = (text: string, range: { from: string; to?: string }) =>
  byCodePoint(text, range.from) >= 0 && (range.to === undefined || byCodePoint(text, range.to) < 0);

describe("plateRange", () => {
  it("spans every plate that starts with the prefix, and none other", () => {
    const range = plateRange("ab 1");
    expect(range).toEqual({ from: "AB1", to: "AB2" });
    if (range === undefined) return;
    expect(["AB1", "AB1Z", "AB19999"].every((plate) => inRange(plate, range))).toBe(true);
    expect(["AB", "AB0", "AB2", "AC1", "A"].some((plate) => inRange(plate, range))).toBe(false);
  });

  it("reaches past the last letter and the last digit", () => {
    expect(plateRange("Z")).toEqual({ from: "Z", to: "[" });
    expect(plateRange("A9")).toEqual({ from: "A9", to: "A:" });
  });

  it("is no filter at all for a blank prefix", () => {
    expect(plateRange(" - ")).toBeUndefined();
  });

  it("ends after U+FFFF at U+10000, never at NUL, and carries past the last code point", () => {
    expect(plateRange("AB\uFFFF")).toEqual({ from: "AB\uFFFF", to: "AB\u{10000}" });
    expect(plateRange("A\u{10FFFF}\u{10FFFF}")).toEqual({ from: "A\u{10FFFF}\u{10FFFF}", to: "B" });
    expect(plateRange("\u{10FFFF}")).toEqual({ from: "\u{10FFFF}" });
    expect(plateRange("A\uD7FF")).toEqual({ from: "A\uD7FF", to: "A\uE000" });
  });

  it("holds, for any prefix in any script, exactly the texts that start with it", () => {
    const text = fc.string({ unit: "binary", maxLength: 6 });
    fc.assert(
      fc.property(text, text, (prefix, rest) => {
        const range = plateRange(prefix);
        if (range === undefined) return;
        for (const candidate of [range.from + rest, rest, prefix + rest]) {
          expect(inRange(candidate, range), JSON.stringify({ prefix, candidate })).toBe(
            candidate.startsWith(range.from),
          );
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe.each(testDialects())("a plate prefix searched on %s", (dialect) => {
  let database: TestDatabase;
  afterEach(async () => {
    await database.drop();
  });

  it("finds the plates it starts, even when it ends in U+FFFF or the last code point", async () => {
    database = await createTestDatabase(dialect);
    const journal = testJournal(database.db, { clock: () => new Date() });
    await journal.insertPending(pendingEntry({ plate: "AB123" }));
    const found = async (platePrefix: string) =>
      (await journal.list({ platePrefix, limit: 10 })).entries.map((entry) => entry.plate);
    expect(await found("ab")).toEqual(["AB123"]);
    expect(await found("AB\uFFFF")).toEqual([]);
    expect(await found("\u{10FFFF}")).toEqual([]);
    expect(await found("AB123\u{10FFFF}")).toEqual([]);
  });
});
