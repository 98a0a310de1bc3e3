import { describe, expect, it } from "vitest";
import {
  BLANK_RECONCILIATION_FORM,
  changeReconciliationFormResolver,
  FINDING_REQUIRED,
  type ReconciliationFormValues,
  reconciliationFormResolver,
  toReconciliationInput,
} from "./findings.ts";

const resolve = (values: ReconciliationFormValues) =>
  reconciliationFormResolver()(values, undefined, { fields: {}, shouldUseNativeValidation: false });

describe("toReconciliationInput", () => {
  it("sends the reference only when the permit exists", () => {
    expect(
      toReconciliationInput({ finding: "absent", referenceId: "left over", note: "" }),
    ).toEqual({ finding: "absent", note: undefined });
  });

  it("leaves out an empty note", () => {
    expect(toReconciliationInput({ finding: "exists", referenceId: "R-1", note: "  " })).toEqual({
      finding: "exists",
      referenceId: "R-1",
      note: undefined,
    });
  });

  it("has nothing to send before a finding is chosen", () => {
    expect(toReconciliationInput(BLANK_RECONCILIATION_FORM)).toBeUndefined();
  });
});

describe("reconciliationFormResolver", () => {
  it("asks for a finding first", async () => {
    const result = await resolve(BLANK_RECONCILIATION_FORM);
    expect(result.errors.finding?.message).toBe(FINDING_REQUIRED);
  });

  it("asks for OPSCOM's reference when the permit exists", async () => {
    const result = await resolve({ finding: "exists", referenceId: "  ", note: "" });
    expect(result.errors.referenceId?.message).toBe("reference_required");
  });

  it("gives the body the BFF accepts, trimmed", async () => {
    const result = await resolve({ finding: "exists", referenceId: " R-1 ", note: " seen " });
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({ finding: "exists", referenceId: "R-1", note: "seen" });
  });

  it("refuses a note over the limit, saying so, rather than recording part of it", async () => {
    const result = await resolve({ finding: "absent", referenceId: "", note: "x".repeat(5000) });
    expect(result.errors.note?.message).toBe("note_too_long");
    expect(result.values).toEqual({});
  });

  it("needs no reference when the permit does not exist", async () => {
    const result = await resolve({ finding: "absent", referenceId: "", note: "" });
    expect(result.values).toEqual({ finding: "absent" });
  });
});

const resolveChange = (
  values: Parameters<ReturnType<typeof changeReconciliationFormResolver>>[0],
) =>
  changeReconciliationFormResolver()(values, undefined, {
    fields: {},
    shouldUseNativeValidation: false,
  });

describe("the form for a change OPSCOM did not confirm", () => {
  it("asks what OPSCOM shows before anything is sent", async () => {
    expect((await resolveChange({ finding: "", note: "" })).errors).toMatchObject({
      finding: { message: "finding_required" },
    });
  });

  it("sends the finding, and the note only when one was written", async () => {
    expect((await resolveChange({ finding: "applied", note: " " })).values).toEqual({
      finding: "applied",
    });
    expect((await resolveChange({ finding: "not_applied", note: "Old end" })).values).toEqual({
      finding: "not_applied",
      note: "Old end",
    });
  });
});
