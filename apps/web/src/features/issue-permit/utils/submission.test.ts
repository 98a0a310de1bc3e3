import type { PermitDraft } from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import { nextSubmission } from "./submission.ts";

const draft: PermitDraft = {
  plate: "AB123",
  zone: "Lot 4",
  validFrom: "2026-07-15T09:00:00-04:00",
  validUntil: "2026-07-15T11:00:00-04:00",
};

function keys(...values: string[]) {
  return () => values.shift() ?? "out of keys";
}

describe("nextSubmission", () => {
  it("names a first submission with a new key", () => {
    expect(nextSubmission(undefined, draft, keys("k1"))).toEqual({ draft, idempotencyKey: "k1" });
  });

  it("reuses the key when the same draft is sent again", () => {
    const first = nextSubmission(undefined, draft, keys("k1"));
    expect(nextSubmission(first, { ...draft }, keys("k2")).idempotencyKey).toBe("k1");
  });

  it("uses a new key once the draft changed", () => {
    const first = nextSubmission(undefined, draft, keys("k1"));
    const changed = nextSubmission(first, { ...draft, plate: "AB124" }, keys("k2"));
    expect(changed).toEqual({ draft: { ...draft, plate: "AB124" }, idempotencyKey: "k2" });
  });
});
