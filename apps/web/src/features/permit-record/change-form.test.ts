import { describe, expect, it } from "vitest";
import { nextChangeSubmission } from "./change-form.ts";

let keys = 0;
const newKey = () => `key-${++keys}`;
const voiding = { action: "void", reason: "Left early" } as const;

describe("nextChangeSubmission", () => {
  it("sends the same change again under the same key", () => {
    const first = nextChangeSubmission(undefined, "entry-1", voiding, newKey);
    const again = nextChangeSubmission(first, "entry-1", { ...voiding }, newKey);
    expect(again.idempotencyKey).toBe(first.idempotencyKey);
  });

  it("gives another change, or the same change of another permit, a new key", () => {
    const first = nextChangeSubmission(undefined, "entry-1", voiding, newKey);
    const other = nextChangeSubmission(first, "entry-1", { ...voiding, reason: "Gone" }, newKey);
    const elsewhere = nextChangeSubmission(first, "entry-2", voiding, newKey);
    expect(other.idempotencyKey).not.toBe(first.idempotencyKey);
    expect(elsewhere.idempotencyKey).not.toBe(first.idempotencyKey);
    expect(elsewhere).toMatchObject({ permitId: "entry-2", input: voiding });
  });
});
