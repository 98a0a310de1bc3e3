import type { PermitChangeInput } from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import { changeDoneOf } from "./change-done.ts";
import { samplePermitRecord } from "./testing/sample-permit-record.ts";

const before = { validUntil: "2026-07-02T15:00:00.000Z" };

function recordUntil(validUntil: string) {
  const record = samplePermitRecord();
  return { ...record, current: { ...record.current, validUntil } };
}

describe("changeDoneOf", () => {
  it("calls a later end alone an extension, until the end as the record now has it", () => {
    const until = "2026-07-02T17:00:00.000Z";
    const input: PermitChangeInput = {
      action: "update",
      changes: { validUntil: until },
      reason: "Staying",
    };
    expect(changeDoneOf(input, before, recordUntil(until))).toEqual({ kind: "extended", until });
  });

  it("calls an earlier end a correction, as the change list does", () => {
    const until = "2026-07-02T14:00:00.000Z";
    const input: PermitChangeInput = {
      action: "update",
      changes: { validUntil: until },
      reason: "Left",
    };
    expect(changeDoneOf(input, before, recordUntil(until))).toEqual({ kind: "corrected" });
  });

  it("calls a later end with another field a correction", () => {
    const until = "2026-07-02T17:00:00.000Z";
    const input: PermitChangeInput = {
      action: "update",
      changes: { validUntil: until, plate: "PL8RDB" },
      reason: "Typo",
    };
    expect(changeDoneOf(input, before, recordUntil(until))).toEqual({ kind: "corrected" });
  });

  it("calls a void a void", () => {
    const input: PermitChangeInput = { action: "void", reason: "Left early" };
    expect(changeDoneOf(input, before, samplePermitRecord())).toEqual({ kind: "voided" });
  });
});
