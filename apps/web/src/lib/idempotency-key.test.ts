import { describe, expect, it } from "vitest";
import { newIdempotencyKey } from "./idempotency-key.ts";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("newIdempotencyKey", () => {
  it("uses crypto.randomUUID where the page has it", () => {
    expect(newIdempotencyKey()).toMatch(UUID_V4);
  });

  it("builds a version 4 UUID from random bytes where randomUUID is missing", () => {
    const insecure = { getRandomValues: (array: Uint8Array) => array.fill(0xff) };
    const key = newIdempotencyKey(insecure);
    expect(key).toMatch(UUID_V4);
    expect(key).toBe("ffffffff-ffff-4fff-bfff-ffffffffffff");
  });

  it("gives a different key each time", () => {
    expect(newIdempotencyKey()).not.toBe(newIdempotencyKey());
  });
});
