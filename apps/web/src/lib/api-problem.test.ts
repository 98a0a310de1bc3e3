import { describe, expect, it } from "vitest";
import {
  parseJsonBody,
  parseRetryAfter,
  plainProblem,
  problemFromResponse,
  problemMessage,
} from "./api-problem.ts";
import { wordsOfAnswer } from "./i18n/problem-words.ts";

describe("problemFromResponse", () => {
  it("keeps the code, reason and field problems of the BFF's error body", () => {
    const refusal = {
      code: "permit_refused",
      params: { detail: "The licence plate is required.", opscomErrorCode: 9006 },
    } as const;
    const body = {
      error: {
        code: "opscom_rejected",
        reason: refusal.code,
        params: refusal.params,
        fieldErrors: { plate: [refusal] },
        opscomErrorCode: 9006,
      },
    };
    expect(problemFromResponse(422, body)).toEqual({
      code: "opscom_rejected",
      reason: refusal,
      status: 422,
      fieldErrors: { plate: [refusal] },
      opscomErrorCode: 9006,
      journalId: undefined,
      retryAfterSeconds: undefined,
    });
  });

  it("keeps the journal entry of a submission OPSCOM did not confirm", () => {
    const body = {
      error: { code: "opscom_unconfirmed", reason: "permit_not_confirmed", journalId: "j-42" },
    };
    expect(problemFromResponse(504, body).journalId).toBe("j-42");
  });

  it("gives an empty set of field errors when the body has none", () => {
    const body = { error: { code: "opscom_unconfirmed" } };
    const problem = problemFromResponse(504, body);
    expect(problem.code).toBe("opscom_unconfirmed");
    expect(problem.fieldErrors).toEqual({});
  });

  it("turns a proxy's HTML page into an unexpected answer naming the status", () => {
    const problem = problemFromResponse(502, undefined);
    expect(problem.code).toBe("unexpected_response");
    expect(problem.status).toBe(502);
    expect(problemMessage(problem, "en-CA")).toContain("502");
  });

  it("does not trust JSON that is not the BFF's error shape", () => {
    const problem = problemFromResponse(500, { error: { code: "teapot", message: "Hi" } });
    expect(problem.code).toBe("unexpected_response");
    expect(problemMessage(problem, "en-CA")).not.toBe("Hi");
  });

  it("explains a still-running request by its status", () => {
    expect(problemMessage(problemFromResponse(409, "busy"), "en-CA")).toMatch(
      /still being processed/,
    );
  });
});

describe("problems without a usable answer", () => {
  it("names a timeout as such", () => {
    expect(plainProblem("timeout", undefined)).toMatchObject({
      code: "timeout",
      status: undefined,
    });
  });

  it("names a network failure as such", () => {
    expect(plainProblem("network", undefined)).toMatchObject({
      code: "network",
      status: undefined,
    });
  });

  it("reports a success status whose body is unreadable as unexpected", () => {
    expect(plainProblem("unexpected_response", 201)).toMatchObject({
      code: "unexpected_response",
      status: 201,
    });
  });
});

describe("parseJsonBody", () => {
  it("parses a JSON body", () => {
    expect(parseJsonBody('{"a":1}', "application/json; charset=utf-8")).toEqual({ a: 1 });
  });

  it("ignores a body that is not declared as JSON", () => {
    expect(parseJsonBody('{"a":1}', "text/html")).toBeUndefined();
    expect(parseJsonBody('{"a":1}', null)).toBeUndefined();
  });

  it("ignores a body declared as JSON that is not", () => {
    expect(parseJsonBody("<html>Bad gateway</html>", "application/json")).toBeUndefined();
  });
});

describe("parseRetryAfter", () => {
  it("reads a number of seconds and ignores anything else", () => {
    expect(parseRetryAfter("30")).toBe(30);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter("Wed, 21 Oct 2026 07:28:00 GMT")).toBeUndefined();
  });

  it("is kept on the problem of a throttled answer", () => {
    const body = { error: { code: "throttled", reason: "username_throttled" } };
    expect(problemFromResponse(429, body, "12").retryAfterSeconds).toBe(12);
  });
});

describe("problemMessage", () => {
  it("words what the browser found wrong in the reader's language", () => {
    expect(problemMessage(plainProblem("network", undefined), "fr-CA")).toBe(
      "Aucune réponse de Permit Desk. Vérifiez la connexion réseau.",
    );
    expect(problemMessage(problemFromResponse(502, undefined), "fr-CA")).toBe(
      "Permit Desk n'a pas donné de réponse utilisable (HTTP 502).",
    );
    expect(problemMessage(problemFromResponse(401, undefined), "fr-CA")).toMatch(/session/);
    expect(problemMessage(plainProblem("unexpected_response", 201), "fr-CA")).toContain(
      "(HTTP 201)",
    );
  });

  it("words what the BFF said by code, in the reader's language", () => {
    const problem = plainProblem("conflict", 409, { code: "admin_exists" });
    expect(problemMessage(problem, "en-CA", wordsOfAnswer)).toBe(
      "Permit Desk already has an administrator.",
    );
    expect(problemMessage(problem, "fr-CA", wordsOfAnswer)).toBe(
      "Permit Desk a déjà un administrateur.",
    );
    // Without the catalogue, as the first script has it, the status says what it can.
    expect(problemMessage(problem, "en-CA")).toMatch(/still being processed/);
  });

  it("words an answer that names no reason by its fields' problems", () => {
    const problem = {
      ...plainProblem("validation", 422),
      fieldErrors: { username: [{ code: "username_required" as const }] },
    };
    expect(problemMessage(problem, "en-CA", wordsOfAnswer)).toBe("Enter a username.");
    expect(problemMessage(problem, "fr-CA", wordsOfAnswer)).toBe("Entrez un nom d'utilisateur.");
  });
});
