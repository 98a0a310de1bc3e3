import { describe, expect, it } from "vitest";
import { apiErrorSchema } from "./api-error.ts";
import { permitDraftSchema } from "./draft.ts";
import {
  PARAM_MAX_LENGTH,
  PROBLEM_CODES,
  problemAsText,
  problemOfIssue,
  problemOfText,
  problemsOfIssues,
  shownParam,
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

describe("a text parameter as an answer shows it", () => {
  const answerWith = (value: string) => ({
    error: { code: "forbidden", reason: "zone_not_issuable", params: { zone: value } },
  });

  it("is unchanged when short and on one line, a zone's longest name included", () => {
    for (const text of ["Lot 4", "Parc d'Été", "z".repeat(PARAM_MAX_LENGTH), ""]) {
      expect(shownParam(text)).toBe(text);
      expect(apiErrorSchema.safeParse(answerWith(text)).success).toBe(true);
    }
  });

  it("shows controls, line breaks and direction overrides as U+FFFD", () => {
    expect(shownParam("Lot\n4\t\u0000\u0085\u202Eevil\u2066")).toBe(
      "Lot\uFFFD4\uFFFD\uFFFD\uFFFD\uFFFDevil\uFFFD",
    );
    expect(apiErrorSchema.safeParse(answerWith("Lot\n4")).success).toBe(false);
  });

  it("cuts a long one to the limit, ending in an ellipsis and never in half a character", () => {
    expect(shownParam("x".repeat(5_000))).toBe(`${"x".repeat(PARAM_MAX_LENGTH - 1)}…`);
    // The 199th unit is the first half of 😀: the cut comes before it.
    const emoji = shownParam(`${"x".repeat(PARAM_MAX_LENGTH - 2)}${"😀".repeat(10)}`);
    expect(emoji).toBe(`${"x".repeat(PARAM_MAX_LENGTH - 2)}…`);
    expect(apiErrorSchema.safeParse(answerWith(emoji)).success).toBe(true);
    expect(apiErrorSchema.safeParse(answerWith("x".repeat(PARAM_MAX_LENGTH + 1))).success).toBe(
      false,
    );
  });
});
