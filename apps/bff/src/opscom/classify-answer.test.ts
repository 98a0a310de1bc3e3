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
    ["a capitalised status", '{"status":"Success","reference_id":"r-1"}'],
    ["a status in capitals, keys in any case", '{"STATUS":"SUCCESS","Reference_ID":"r-1"}'],
    ["a success with ErrorCode 0", '{"status":"success","reference_id":"r-1","ErrorCode":0}'],
    [
      'ErrorCode "0" and only an InternalReferenceID',
      '{"ErrorCode":"0","ErrorMessage":"","InternalReferenceID":"r-1"}',
    ],
    ["ErrorCode 0 with no status", '{"ErrorCode":0,"reference_id":"r-1"}'],
    [
      "both references, the same",
      '{"status":"success","reference_id":"r-1","internalreferenceid":"r-1"}',
    ],
  ])("believes %s: the permit is issued under its reference", (_case, body) => {
    expect(classifyAnswer(answer(200, body))).toEqual({ kind: "issued", referenceId: "r-1" });
  });

  it.each([
    ["a status other than success", '{"status":"error","message":"no","reference_id":"r-1"}'],
    ["an ErrorCode", '{"ErrorCode":9033,"ErrorMessage":"zone","InternalReferenceID":"r-1"}'],
    ["an ErrorCode as text", '{"ErrorCode":"9033","reference_ID":"r-1"}'],
    ["a success beside an ErrorCode", '{"status":"success","ErrorCode":9006,"reference_id":"r-1"}'],
    [
      "ErrorCode 0 beside a failed status",
      '{"status":"Failed","ErrorCode":0,"reference_id":"r-1"}',
    ],
  ])(
    "never believes a refusal that carries a reference (%s): the outcome is unknown",
    (_case, body) => {
      for (const status of [200, 400, 500]) {
        expect(classifyAnswer(answer(status, body))).toEqual({
          kind: "unknown",
          reason: "contradictory_answer",
          detail: {
            code: "refusal_with_reference",
            params: { httpStatus: status, reference: "r-1" },
          },
        });
      }
    },
  );

  it("still believes a refusal in any key case when it carries no reference", () => {
    expect(
      classifyAnswer(answer(200, '{"errorcode":9006,"errormessage":"Plate is required."}')),
    ).toEqual({ kind: "rejected", errorCode: 9006, errorMessage: "Plate is required." });
    expect(classifyAnswer(answer(200, '{"Status":"Error","reference_id":""}'))).toEqual({
      kind: "rejected",
      errorCode: undefined,
      errorMessage: 'status "Error"',
    });
  });

  it.each([
    ["an HTML page", answer(500, "<html>oops</html>", "text/html")],
    ["broken JSON", answer(200, '{"status":"success","ref')],
    ["an empty body", answer(200, "")],
    ["a JSON array", answer(200, "[]")],
    ["a success without a reference", answer(200, '{"status":"success"}')],
    ["a success under a non-2xx status", answer(503, '{"status":"success","reference_id":"r-1"}')],
    ["ErrorCode 0 under a non-2xx status", answer(500, '{"ErrorCode":0,"reference_id":"r-1"}')],
    ["a reference and nothing that says success", answer(200, '{"reference_id":"r-1"}')],
    ["a status that is not text", answer(200, '{"status":true,"reference_id":"r-1"}')],
    [
      "two different references",
      answer(200, '{"status":"success","reference_id":"r-1","InternalReferenceID":"r-2"}'),
    ],
    ["a reference that is not text", answer(200, '{"status":"success","reference_id":42}')],
  ])("leaves the outcome unknown on %s", (_case, given) => {
    expect(classifyAnswer(given).kind).toBe("unknown");
  });

  it("says by code why an answer could not be read, with its HTTP status and what it held", () => {
    const detailOf = (given: ReturnType<typeof answer>) => {
      const classified = classifyAnswer(given);
      return classified.kind === "unknown" ? classified.detail : undefined;
    };
    expect(detailOf(answer(500, "<h1>Oops</h1>", "text/html"))).toEqual({
      code: "answer_not_json_object",
      params: { httpStatus: 500 },
    });
    expect(detailOf(answer(200, '{"status":"success"}'))).toEqual({
      code: "answer_without_reference",
      params: { httpStatus: 200 },
    });
    expect(
      detailOf(answer(200, '{"status":"success","reference_id":"r-1","InternalReferenceID":42}')),
    ).toEqual({
      code: "answer_with_unusable_reference",
      params: { httpStatus: 200, references: '"r-1" and 42' },
    });
  });
});

describe("changeOutcomeOf", () => {
  it("applies a change on OPSCOM's success in any of its shapes, with or without a reference in it", () => {
    for (const body of [
      '{"status":"success","reference_id":"r-1"}',
      '{"status":"success"}',
      '{"Status":"Success"}',
      '{"ErrorCode":0}',
      '{"status":"success","ErrorCode":"0","InternalReferenceID":"r-1"}',
    ]) {
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

  it("never reads a refusal that carries a reference as a change refused: it is unknown", () => {
    const body = '{"ErrorCode":9009,"ErrorMessage":"No such permit.","reference_id":"r-1"}';
    expect(changeOutcomeOf(answer(200, body), 5)).toEqual({
      kind: "unknown",
      reason: "contradictory_answer",
      detail: { code: "refusal_with_reference", params: { httpStatus: 200, reference: "r-1" } },
      httpStatus: 200,
      rawAnswer: body,
      durationMs: 5,
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
