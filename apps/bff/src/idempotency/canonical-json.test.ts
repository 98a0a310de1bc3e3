import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json.ts";

describe("canonicalJson", () => {
  it("sorts keys at every depth and drops whitespace", () => {
    expect(
      canonicalJson({ zone: "Lot 4", plate: "AB", nested: { b: 1, a: [2, { d: true, c: null }] } }),
    ).toBe('{"nested":{"a":[2,{"c":null,"d":true}],"b":1},"plate":"AB","zone":"Lot 4"}');
  });

  it("drops undefined members as JSON does, and keeps array order", () => {
    expect(canonicalJson({ a: undefined, b: [3, 1, undefined] })).toBe('{"b":[3,1,null]}');
  });

  it("orders keys by UTF-16 code units, capitals first", () => {
    expect(canonicalJson({ b: 1, B: 2, é: 3, a: 4 })).toBe('{"B":2,"a":4,"b":1,"é":3}');
  });

  it("refuses values JSON cannot carry", () => {
    expect(() => canonicalJson({ amount: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ big: 1n })).toThrow(TypeError);
  });

  it("writes what JSON.stringify writes of each member, the keys of every object sorted", () => {
    // The obvious recursive writer: fine for test data this shallow.
    const expected = (value: unknown): string => {
      if (Array.isArray(value)) return `[${value.map(expected).join(",")}]`;
      if (typeof value !== "object" || value === null) return JSON.stringify(value);
      const keys = Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const members = keys.map(
        (key) => `${JSON.stringify(key)}:${expected(Reflect.get(value, key))}`,
      );
      return `{${members.join(",")}}`;
    };
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        expect(canonicalJson(value)).toBe(expected(value));
      }),
      { numRuns: 500 },
    );
  });

  it("writes a value nested a hundred thousand deep without running out of stack", () => {
    let value: unknown = "bottom";
    for (let depth = 0; depth < 100_000; depth++) value = depth % 2 === 0 ? [value] : { a: value };
    const text = canonicalJson(value);
    // Each array adds "[" and "]", each object '{"a":' and "}".
    expect(text).toHaveLength(50_000 * 2 + 50_000 * 6 + '"bottom"'.length);
    expect(text.startsWith('{"a":[{"a":[')).toBe(true);
  });
});
