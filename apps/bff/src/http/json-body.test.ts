import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  holdsMoreValuesThan,
  JSON_DEPTH_LIMIT,
  JSON_VALUE_LIMIT,
  nestsDeeperThan,
  readJson,
} from "./json-body.ts";

const bodyOf = (text: string | Uint8Array) =>
  new Request("http://localhost/api/permits", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: text,
  });

/** How deeply a parsed value nests, walked the slow and obvious way (test data is shallow). */
function depthOf(value: unknown): number {
  if (Array.isArray(value)) return 1 + Math.max(0, ...value.map(depthOf));
  if (typeof value === "object" && value !== null) {
    return 1 + Math.max(0, ...Object.values(value).map(depthOf));
  }
  return 0;
}

const nested = (depth: number) => `${'{"a":['.repeat(depth / 2)}1${"]}".repeat(depth / 2)}`;

describe("nestsDeeperThan", () => {
  it("counts the arrays and objects a JSON text nests, whatever its strings hold", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 0, max: 9 }), (value, limit) => {
        const text = JSON.stringify(value);
        expect(nestsDeeperThan(text, limit)).toBe(depthOf(value) > limit);
      }),
      { numRuns: 500 },
    );
  });

  it("is not fooled by brackets and escaped quotes inside strings", () => {
    expect(nestsDeeperThan('["[[[\\"[[[", {"{{": "\\\\"}]', 2)).toBe(false);
    expect(nestsDeeperThan('["\\\\", [[1]]]', 2)).toBe(true);
  });
});

/** How many commas separate a parsed value's members and elements, counted the obvious way. */
function commasOf(value: unknown): number {
  if (Array.isArray(value)) {
    return Math.max(0, value.length - 1) + value.reduce((total, item) => total + commasOf(item), 0);
  }
  if (typeof value === "object" && value !== null) {
    const members = Object.values(value);
    return (
      Math.max(0, members.length - 1) + members.reduce((total, item) => total + commasOf(item), 0)
    );
  }
  return 0;
}

describe("holdsMoreValuesThan", () => {
  it("counts the commas between members and elements, never those inside strings", () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        fc.integer({ min: 1, max: 40 }),
        (value, limit) => {
          const text = JSON.stringify(value);
          expect(holdsMoreValuesThan(text, limit)).toBe(commasOf(value) >= limit);
        },
      ),
      { numRuns: 500 },
    );
    expect(holdsMoreValuesThan('[",,,\\", "\\",,"]', 2)).toBe(false);
  });

  it("refuses a body of more values than the limit with 413 before parsing it", async () => {
    const many = `[${Array(JSON_VALUE_LIMIT + 1)
      .fill(0)
      .join(",")}]`;
    expect(await readJson(bodyOf(many))).toMatchObject({
      ok: false,
      status: 413,
      error: { error: { reason: "request_too_large" } },
    });
    const enough = `[${Array(JSON_VALUE_LIMIT).fill(0).join(",")}]`;
    expect(await readJson(bodyOf(enough))).toMatchObject({ ok: true });
  });
});

describe("readJson", () => {
  it("reads a body nested to the limit, and refuses one level more with 400 json_too_deep", async () => {
    expect(await readJson(bodyOf(nested(JSON_DEPTH_LIMIT)))).toMatchObject({ ok: true });
    expect(await readJson(bodyOf(nested(JSON_DEPTH_LIMIT + 2)))).toMatchObject({
      ok: false,
      status: 400,
      error: { error: { code: "json_too_deep" } },
    });
  });

  it("refuses a body nested a hundred thousand deep without running out of stack", async () => {
    for (const text of [
      nested(100_000),
      "[".repeat(100_000),
      `${"[".repeat(4000)}${"]".repeat(4000)}`,
    ]) {
      expect(await readJson(bodyOf(text))).toMatchObject({
        ok: false,
        status: 400,
        error: { error: { code: "json_too_deep" } },
      });
    }
  });

  it("refuses NUL in a field with 422, naming the field and putting the problem on it", async () => {
    const read = await readJson(
      bodyOf(JSON.stringify({ action: "update", changes: { plate: "AB\u0000" }, reason: "typo" })),
    );
    expect(read).toEqual({
      ok: false,
      status: 422,
      error: {
        error: {
          code: "character_not_accepted",
          reason: "character_in_field",
          params: { field: "changes.plate" },
          fieldErrors: { plate: [{ code: "character_in_value" }] },
        },
      },
    });
  });

  it("refuses an unpaired surrogate, U+FFFF and a control wherever they are, the first one named", async () => {
    const cases: Array<[text: string, field: string]> = [
      ['{"note": "seen \\ud800"}', "note"],
      ['{"zones": ["Lot 4", "Lot\uFFFF"]}', "zones[1]"],
      ['[{"a": "ok"}, {"b": ["\\u0001", "\\u0000"]}]', "[1].b[0]"],
      ['"\\udfff"', ""],
    ];
    for (const [text, field] of cases) {
      const read = await readJson(bodyOf(text));
      expect(read, text).toMatchObject({ ok: false, status: 422 });
      if (read.ok) continue;
      expect(read.error.error.code).toBe("character_not_accepted");
      expect(read.error.error).toMatchObject(
        field === ""
          ? { reason: "character_in_request" }
          : { reason: "character_in_field", params: { field } },
      );
      // None of these is a field a form shows problems beside.
      expect(read.error.error.fieldErrors).toBeUndefined();
    }
  });

  it("refuses a field name holding NUL with 400, since no field can be named by it", async () => {
    expect(await readJson(bodyOf('{"plate\\u0000": "AB123"}'))).toMatchObject({
      ok: false,
      status: 400,
      error: { error: { code: "character_not_accepted" } },
    });
  });

  it("reads tabs and line breaks in a note, and any script, as sent", async () => {
    const body = { finding: "absent", note: "Not in OPSCOM.\r\n\tChecked twice — Côte 駐車 🚗" };
    expect(await readJson(bodyOf(JSON.stringify(body)))).toEqual({ ok: true, body });
  });

  it("refuses bytes that are not UTF-8 with 400, rather than reading them as U+FFFD", async () => {
    const overlongNul = new Uint8Array([
      ...Buffer.from('{"note":"'),
      0xc0,
      0x80,
      ...Buffer.from('"}'),
    ]);
    expect(await readJson(bodyOf(overlongNul))).toEqual({
      ok: false,
      status: 400,
      error: {
        error: {
          code: "character_not_accepted",
          reason: "character_in_request",
        },
      },
    });
  });

  it("reads a body that starts with a UTF-8 byte-order mark, as browsers' JSON parsing does", async () => {
    const body = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('{"plate":"AB123"}')]);
    expect(await readJson(bodyOf(body))).toEqual({ ok: true, body: { plate: "AB123" } });
  });

  it("answers 400 bad_request to a body that is not JSON", async () => {
    for (const text of ["", "{", "{'plate': 'x'}", "\u0000"]) {
      expect(await readJson(bodyOf(text))).toMatchObject({
        ok: false,
        status: 400,
        error: { error: { code: "bad_request", reason: "body_not_json" } },
      });
    }
  });
});
