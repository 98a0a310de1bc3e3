import type { PermitChangeInput } from "@permit-desk/schema";
import { changeKindOf } from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import { samplePermitRecord } from "../../../testing/sample-permit-record.ts";
import { changeDoneOf } from "./change-kind.ts";

const end = (before: string, after: string) => ({ validUntil: { before, after } });

describe("changeKindOf", () => {
  it("calls a later end alone an extension, and any other update a correction", () => {
    expect(
      changeKindOf({ action: "update", fields: end("2026-07-02T15:00Z", "2026-07-02T16:00Z") }),
    ).toBe("extend");
    expect(
      changeKindOf({ action: "update", fields: end("2026-07-02T15:00Z", "2026-07-02T14:00Z") }),
    ).toBe("correct");
    expect(
      changeKindOf({
        action: "update",
        fields: {
          ...end("2026-07-02T15:00Z", "2026-07-02T16:00Z"),
          plate: { before: "A", after: "B" },
        },
      }),
    ).toBe("correct");
    expect(changeKindOf({ action: "void", fields: {} })).toBe("void");
  });
});

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
