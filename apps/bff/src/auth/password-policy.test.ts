import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy.ts";

describe("the password policy", () => {
  it("accepts a long passphrase", () => {
    expect(passwordProblem("lot four barrier at dawn")).toBeUndefined();
  });

  it("refuses a short password with the shared schema's problem", () => {
    expect(passwordProblem("Tr0ub4dor&3")).toEqual({ code: "password_too_short" });
  });

  it("refuses a long but common password, whatever its capitals", () => {
    expect(passwordProblem("QWERTY123456")).toEqual({ code: "password_common" });
    expect(passwordProblem("1q2w3e4r5t6y")).toBeDefined();
  });

  it("refuses a password that contains the username", () => {
    expect(passwordProblem("Ana.Silva-parking-2026", { username: "ana.silva" })).toEqual({
      code: "password_contains_username",
    });
    expect(passwordProblem("lot four barrier at dawn", { username: "ana.silva" })).toBeUndefined();
  });

  it("does not let a short username rule out ordinary words that contain it", () => {
    expect(passwordProblem("brave orange kite valley", { username: "val" })).toBeUndefined();
    expect(passwordProblem("brave orange kite valerie", { username: "valerie" })).toEqual({
      code: "password_contains_username",
    });
  });
});
