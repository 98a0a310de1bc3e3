import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./journal-cursor.ts";
import { InvalidCursorError } from "./journal-errors.ts";

describe("journal cursors", () => {
  it("round-trip the position they were made from", () => {
    const position = { createdAt: 1_772_460_000_000, id: "0b3c1e2f-4a7e-4a52-9a3c-7d0b3c1e2f10" };
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(position);
  });

  it("are refused when they are not one of ours", () => {
    const encoded = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    for (const cursor of [
      "",
      "%%%",
      encoded({ createdAt: 1, id: "a" }),
      encoded([1.5, "a"]),
      encoded([1, ""]),
    ]) {
      expect(() => decodeCursor(cursor)).toThrow(InvalidCursorError);
    }
  });
});
