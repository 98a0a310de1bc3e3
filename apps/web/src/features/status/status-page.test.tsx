import type { OpscomFailure } from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import { statusMessages } from "./messages.ts";
import { failureAnswerWords } from "./status-page.tsx";

const en = statusMessages.in("en-CA");
const fr = statusMessages.in("fr-CA");
const at = "2026-12-06T11:00:00.000Z";

describe("failureAnswerWords", () => {
  it("says an answer that never came, and why, in both languages", () => {
    const failure: OpscomFailure = {
      at,
      endpoint: "push",
      result: "unknown",
      detail: { code: "no_answer_in_time" },
      durationMs: 10_000,
    };
    expect(failureAnswerWords(failure, en, "en-CA")).toBe("No usable answer: no answer in time");
    expect(failureAnswerWords(failure, fr, "fr-CA")).toBe(
      "Aucune réponse utilisable : aucune réponse à temps",
    );
  });

  it("names OPSCOM's code and what it means when OPSCOM refused the token", () => {
    const failure: OpscomFailure = {
      at,
      endpoint: "update",
      result: "rejected",
      httpStatus: 401,
      opscomErrorCode: 9001,
      durationMs: 40,
    };
    expect(failureAnswerWords(failure, en, "en-CA")).toBe(
      "Refused: HTTP 401, OPSCOM code 9001: The API token is missing.",
    );
    expect(failureAnswerWords(failure, fr, "fr-CA")).toBe(
      "Refusé : HTTP 401, code OPSCOM 9001 : Le jeton d'API est manquant.",
    );
  });

  it("gives the status alone for an error page without a code", () => {
    const failure: OpscomFailure = {
      at,
      endpoint: "delete",
      result: "rejected",
      httpStatus: 503,
      durationMs: 40,
    };
    expect(failureAnswerWords(failure, en, "en-CA")).toBe("Refused: HTTP 503");
  });

  it("says a connection that could not be made", () => {
    const failure: OpscomFailure = {
      at,
      endpoint: "push",
      result: "not_sent",
      detail: { code: "connection_not_made" },
      durationMs: 3,
    };
    expect(failureAnswerWords(failure, en, "en-CA")).toBe(
      "Not reached: the connection could not be made",
    );
  });
});

describe("opscomFailing", () => {
  it("says since when OPSCOM fails as French writes a date, 'depuis le 6 déc.'", () => {
    const since = "6 déc., 11 h 00";
    expect(fr("opscomFailing", { failures: 3, since })).toContain("depuis le 6 déc., 11 h 00.");
    expect(en("opscomFailing", { failures: 3, since: "Dec 6, 11:00" })).toContain("Dec 6, 11:00");
  });
});
