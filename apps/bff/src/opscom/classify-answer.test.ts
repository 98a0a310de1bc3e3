import { describe, expect, it } from "vitest";
import { classifyAnswer } from "./classify-answer.ts";

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
