import { describe, expect, it } from "vitest";
import { isSessionToken, newSessionToken, sessionIdOf } from "./session-token.ts";

describe("session tokens", () => {
  it("are 32 random bytes in base64url, different every time", () => {
    const tokens = new Set(Array.from({ length: 100 }, newSessionToken));
    expect(tokens.size).toBe(100);
    for (const token of tokens) {
      expect(isSessionToken(token)).toBe(true);
      expect(Buffer.from(token, "base64url")).toHaveLength(32);
    }
  });

  it("are stored as their SHA-256, which does not contain them", () => {
    const token = newSessionToken();
    const id = sessionIdOf(token);
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect(id).not.toContain(token);
    expect(sessionIdOf(token)).toBe(id);
  });

  it("refuse anything else as a token", () => {
    expect(isSessionToken("")).toBe(false);
    expect(isSessionToken(`${newSessionToken()}=`)).toBe(false);
  });
});
