import { describe, expect, it } from "vitest";
import { permitDraftSchema } from "./draft.ts";
import {
  PROBLEM_CODES,
  problemAsText,
  problemOfIssue,
  problemOfText,
  problemsOfIssues,
} from "./problems.ts";

describe("problem codes", () => {
  it("are snake_case and listed once", () => {
    expect(new Set(PROBLEM_CODES).size).toBe(PROBLEM_CODES.length);
    for (const code of PROBLEM_CODES) expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });

  it("travel through a message string and back, with their parameters", () => {
    const zone = { code: "zone_not_assigned", params: { zone: "Lot {4}" } } as const;
    expect(problemAsText({ code: "plate_required" })).toBe("plate_required");
    expect(problemOfText(problemAsText(zone))).toEqual(zone);
    expect(problemOfText("Enter the licence plate.")).toBeUndefined();
    expect(problemOfText('{"code":"nonsense","params":{}}')).toBeUndefined();
  });

  it("stand for zod's own wording as invalid_input", () => {
    expect(problemOfIssue({ message: "Invalid input" })).toEqual({ code: "invalid_input" });
  });

  it("group a failed parse's problems by field, and keep those of the whole body apart", () => {
    const parsed = permitDraftSchema.safeParse({ plate: "", zone: "" });
    const { fieldErrors, general } = problemsOfIssues(parsed.error?.issues ?? []);
    expect(fieldErrors.plate).toEqual([{ code: "plate_required" }]);
    expect(fieldErrors.zone).toEqual([{ code: "zone_required" }]);
    expect(general).toEqual([]);
    const notObject = problemsOfIssues(permitDraftSchema.safeParse(3).error?.issues ?? []);
    expect(notObject.general).toEqual([{ code: "invalid_input" }]);
  });
});
