import { hash } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import { hashPassword, needsRehash, verifyDummy, verifyPassword } from "./passwords.ts";

describe("passwords", () => {
  it("hashes with argon2id and OWASP's parameters into a PHC string", async () => {
    const phc = await hashPassword("correct horse battery staple");
    expect(phc).toMatch(
      /^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/,
    );
  });

  it("salts every hash, so one password never gives the same string twice", async () => {
    const password = "correct horse battery staple";
    expect(await hashPassword(password)).not.toBe(await hashPassword(password));
  });

  it("accepts the right password and refuses a wrong one", async () => {
    const phc = await hashPassword("correct horse battery staple");
    expect(await verifyPassword(phc, "correct horse battery staple")).toBe(true);
    expect(await verifyPassword(phc, "Correct horse battery staple")).toBe(false);
  });

  it("answers false for a stored value that is not a hash", async () => {
    expect(await verifyPassword("not a hash", "correct horse battery staple")).toBe(false);
  });

  it("asks for a new hash when the stored one used weaker parameters", async () => {
    const weak = await hash("correct horse battery staple", { memoryCost: 4096, timeCost: 1 });
    expect(needsRehash(weak)).toBe(true);
    expect(needsRehash(await hashPassword("correct horse battery staple"))).toBe(false);
  });

  it("verifies an unknown user's password against a dummy hash that nothing matches", async () => {
    expect(await verifyDummy("correct horse battery staple")).toBe(false);
    expect(await verifyDummy("")).toBe(false);
  });
});
