import { describe, expect, it } from "vitest";
import { changeOutcomeOf, classifyAnswer } from "./classify-answer.ts";

const answer = (httpStatus: number, body: string, contentType = "application/json") => ({
  httpStatus,
  contentType,
  body,
});

describe("classifyAnswer", () => {
  it("believes a published success body and takes its reference_id", () => {
    const body = '{"status":"success","reference_id":"r-1","InternalReferenceID":"r-1"}';
    expect(classifyAnswer(answer(200, body))).toEqual({ kind: "issued", referenceId: "r-1" });
  });

  it("takes any body carrying an ErrorCode as a refusal, whatever the HTTP status", () => {
    const body = '{"ErrorCode":9006,"ErrorMessage":"Plate is required."}';
    for (const status of [200, 400, 500]) {
      expect(classifyAnswer(answer(status, body))).toEqual({
        kind: "rejected",
        errorCode: 9006,
        errorMessage: "Plate is required.",
      });
    }
  });

  it("reads an ErrorCode sent as a string of digits", () => {
    expect(classifyAnswer(answer(200, '{"ErrorCode":"9033"}'))).toMatchObject({
      kind: "rejected",
      errorCode: 9033,
    });
  });

  it("takes a status other than success as a refusal", () => {
    expect(classifyAnswer(answer(200, '{"status":"error","message":"no"}'))).toEqual({
      kind: "rejected",
      errorCode: undefined,
      errorMessage: "no",
    });
  });

  it.each([
    ["an HTML page", answer(500, "<html>oops</html>", "text/html")],
    ["broken JSON", answer(200, '{"status":"success","ref')],
    ["an empty body", answer(200, "")],
    ["a JSON array", answer(200, "[]")],
    ["a success without a reference", answer(200, '{"status":"success"}')],
    ["a success under a non-2xx status", answer(503, '{"status":"success","reference_id":"r-1"}')],
  ])("leaves the outcome unknown on %s", (_case, given) => {
    expect(classifyAnswer(given).kind).toBe("unknown");
  });
});

describe("changeOutcomeOf", () => {
  it("applies a change on OPSCOM's success, with or without a reference in it", () => {
    for (const body of ['{"status":"success","reference_id":"r-1"}', '{"status":"success"}']) {
      expect(changeOutcomeOf(answer(200, body), 12)).toEqual({
        kind: "applied",
        httpStatus: 200,
        rawAnswer: body,
        durationMs: 12,
      });
    }
  });

  it("reads a refusal as for a create, 9009 included", () => {
    const body = '{"ErrorCode":9009,"ErrorMessage":"referenceID r-1 matches no permit."}';
    expect(changeOutcomeOf(answer(200, body), 5)).toMatchObject({
      kind: "rejected",
      errorCode: 9009,
      errorMessage: "referenceID r-1 matches no permit.",
    });
  });

  it.each([
    ["HTML", answer(500, "<h1>Oops</h1>", "text/html")],
    ["a success over a failed HTTP status", answer(502, '{"status":"success"}')],
    ["JSON that says nothing", answer(200, "{}")],
  ])("leaves %s unknown: the change may or may not have been made", (_case, given) => {
    expect(changeOutcomeOf(given, 5)).toMatchObject({
      kind: "unknown",
      reason: "unreadable_answer",
    });
  });
});
