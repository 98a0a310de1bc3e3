import { describe, expect, it } from "vitest";
import { newIdempotencyKey, nextKeyed } from "./idempotency-key.ts";

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

describe("nextKeyed", () => {
  const draft = { plate: "DUPE1", zone: "Lot 4" };
  const voiding = { action: "void", reason: "Left early" } as const;
  const keys =
    (...list: string[]) =>
    () =>
      list.shift() ?? "none";

  it("names a first submission with a new key", () => {
    expect(nextKeyed(undefined, { draft }, keys("k1"))).toEqual({ draft, idempotencyKey: "k1" });
  });

  it("reuses the key when the same draft is sent again", () => {
    const first = nextKeyed(undefined, { draft }, keys("k1"));
    expect(nextKeyed(first, { draft: { ...draft } }, keys("k2")).idempotencyKey).toBe("k1");
  });

  it("uses a new key once the draft changed", () => {
    const first = nextKeyed(undefined, { draft }, keys("k1"));
    const changed = nextKeyed(first, { draft: { ...draft, plate: "AB124" } }, keys("k2"));
    expect(changed).toEqual({ draft: { ...draft, plate: "AB124" }, idempotencyKey: "k2" });
  });

  it("sends the same change again under the same key", () => {
    const first = nextKeyed(undefined, { permitId: "entry-1", input: voiding }, keys("k1"));
    const again = nextKeyed(first, { permitId: "entry-1", input: { ...voiding } }, keys("k2"));
    expect(again.idempotencyKey).toBe(first.idempotencyKey);
  });

  it("gives another change, or the same change of another permit, a new key", () => {
    const newKey = keys("k1", "k2", "k3");
    const first = nextKeyed(undefined, { permitId: "entry-1", input: voiding }, newKey);
    const other = nextKeyed(
      first,
      { permitId: "entry-1", input: { ...voiding, reason: "Gone" } },
      newKey,
    );
    const elsewhere = nextKeyed(first, { permitId: "entry-2", input: voiding }, newKey);
    expect(other.idempotencyKey).not.toBe(first.idempotencyKey);
    expect(elsewhere.idempotencyKey).not.toBe(first.idempotencyKey);
    expect(elsewhere).toMatchObject({ permitId: "entry-2", input: voiding });
  });
});
