import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy.ts";

describe("the password policy", () => {
  it("accepts a long passphrase", () => {
    expect(passwordProblem("lot four barrier at dawn")).toBeUndefined();
  });

  it("refuses a short password with the shared schema's message", () => {
    expect(passwordProblem("Tr0ub4dor&3")).toBe(
      "Use at least 12 characters. A few words in a row make a good password.",
    );
  });

  it("refuses a long but common password, whatever its capitals", () => {
    expect(passwordProblem("QWERTY123456")).toBe(
      "This password is one of the most common ones and easy to guess. Choose another.",
    );
    expect(passwordProblem("1q2w3e4r5t6y")).toBeDefined();
  });

  it("refuses a password that contains the username", () => {
    expect(passwordProblem("Ana.Silva-parking-2026", { username: "ana.silva" })).toBe(
      "The password must not contain the username.",
    );
    expect(passwordProblem("lot four barrier at dawn", { username: "ana.silva" })).toBeUndefined();
  });

  it("does not let a short username rule out ordinary words that contain it", () => {
    expect(passwordProblem("brave orange kite valley", { username: "val" })).toBeUndefined();
    expect(passwordProblem("brave orange kite valerie", { username: "valerie" })).toBe(
      "The password must not contain the username.",
    );
  });
});
