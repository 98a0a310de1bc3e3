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
});
