import { describe, expect, it } from "vitest";
import { answerInTodaysShape } from "./stored-answer.ts";

describe("an answer kept under a key, replayed after an upgrade", () => {
  it("keeps today's error answers as they are", () => {
    const today = {
      error: {
        code: "validation",
        reason: "validity_too_long",
        params: { days: 30 },
        fieldErrors: { plate: [{ code: "plate_required" }] },
        journalId: "j1",
        opscomErrorCode: 9002,
      },
    };
    expect(answerInTodaysShape(today)).toEqual(today);
  });

  it("leaves out an earlier version's sentences and keeps its codes", () => {
    expect(
      answerInTodaysShape({
        error: {
          code: "opscom_rejected",
          message: "OPSCOM refused the permit.",
          fieldErrors: { plate: ["A plate has letters and digits only."], zone: [] },
          opscomErrorCode: 9002,
          journalId: "j1",
        },
      }),
    ).toEqual({ error: { code: "opscom_rejected", opscomErrorCode: 9002, journalId: "j1" } });
  });

  it("shows a detail journalled as text as recorded, in a record and in each of its changes", () => {
    const record = {
      id: "p1",
      opscom: { httpStatus: 500, detail: "HTTP 500, not a JSON object" },
      changes: [{ id: "c1", opscom: { detail: "no answer within 5000 ms" } }, { id: "c2" }],
    };
    expect(answerInTodaysShape(record)).toEqual({
      id: "p1",
      opscom: {
        httpStatus: 500,
        detail: { code: "recorded_text", params: { text: "HTTP 500, not a JSON object" } },
      },
      changes: [
        {
          id: "c1",
          opscom: {
            detail: { code: "recorded_text", params: { text: "no answer within 5000 ms" } },
          },
        },
        { id: "c2" },
      ],
    });
  });

  it("keeps a detail that is already a code", () => {
    const record = {
      opscom: { detail: { code: "no_answer_in_time", params: { timeoutMs: 5000 } } },
    };
    expect(answerInTodaysShape(record)).toEqual(record);
  });
});
