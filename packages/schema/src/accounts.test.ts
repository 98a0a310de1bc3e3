import { describe, expect, it } from "vitest";
import {
  normalizeUsername,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordSchema,
  roleSchema,
  usernameSchema,
} from "./accounts.ts";

function messagesFor(schema: typeof passwordSchema | typeof usernameSchema, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe("normalizeUsername", () => {
  it("makes usernames that differ only in case or surrounding spaces the same key", () => {
    expect(normalizeUsername("  Ana.Silva ")).toBe("ana.silva");
    expect(normalizeUsername("ANA.SILVA")).toBe(normalizeUsername("ana.silva"));
  });

  it("folds look-alike full-width letters into ordinary ones", () => {
    expect(normalizeUsername("ＡＮＡ")).toBe("ana");
  });
});

describe("usernameSchema", () => {
  it("accepts letters, digits and the usual separators, keeping the case as typed", () => {
    expect(usernameSchema.parse(" Ana.Silva-2@lot4 ")).toBe("Ana.Silva-2@lot4");
  });

  it("refuses an empty username and one with spaces inside", () => {
    expect(messagesFor(usernameSchema, "  ")).toEqual(["username_required"]);
    expect(messagesFor(usernameSchema, "ana silva")).toEqual(["username_characters"]);
  });
});

describe("roleSchema", () => {
  it("accepts the three roles and refuses anything else", () => {
    expect(roleSchema.parse("manager")).toBe("manager");
    expect(roleSchema.safeParse("root").success).toBe(false);
  });
});

describe("passwordSchema", () => {
  it(`accepts a password of exactly ${PASSWORD_MIN_LENGTH} characters`, () => {
    expect(passwordSchema.parse("a".repeat(PASSWORD_MIN_LENGTH))).toHaveLength(12);
  });

  it("refuses a shorter password with a message a clerk can act on", () => {
    expect(messagesFor(passwordSchema, "a".repeat(PASSWORD_MIN_LENGTH - 1))).toEqual([
      "password_too_short",
    ]);
  });

  it("counts accented letters and emoji as one character each", () => {
    expect(passwordSchema.safeParse("🚗".repeat(PASSWORD_MIN_LENGTH)).success).toBe(true);
    expect(passwordSchema.safeParse("é".repeat(PASSWORD_MIN_LENGTH - 1)).success).toBe(false);
  });

  it(`refuses a password longer than ${PASSWORD_MAX_LENGTH} characters`, () => {
    expect(messagesFor(passwordSchema, "a".repeat(PASSWORD_MAX_LENGTH + 1))).toEqual([
      "password_too_long",
    ]);
    expect(passwordSchema.safeParse("a".repeat(PASSWORD_MAX_LENGTH)).success).toBe(true);
  });
});
