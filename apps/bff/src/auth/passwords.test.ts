import { hash } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import {
  createPasswordHashing,
  defaultHashingLimits,
  hashPassword,
  needsRehash,
  PasswordHashingBusyError,
  verifyDummy,
  verifyPassword,
} from "./passwords.ts";

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

describe("createPasswordHashing", () => {
  it("checks a bounded number of passwords at once and refuses, with a wait, beyond its queue", async () => {
    const passwords = createPasswordHashing({ concurrency: 1, queueLimit: 2 });
    const phc = await hashPassword("correct horse battery staple");
    expect(passwords.busyFor()).toBeUndefined();
    const accepted = [1, 2, 3].map(() => passwords.verify(phc, "correct horse battery staple"));
    expect(passwords.busyFor()).toBeGreaterThanOrEqual(1_000);
    const refused = passwords.verify(phc, "correct horse battery staple");
    await expect(refused).rejects.toBeInstanceOf(PasswordHashingBusyError);
    expect(await Promise.all(accepted)).toEqual([true, true, true]);
    expect(passwords.busyFor()).toBeUndefined();
    expect(await passwords.verify(phc, "correct horse battery staple")).toBe(true);
  });

  it("takes half the cores for password work, at least one", () => {
    expect(defaultHashingLimits(2)).toEqual({ concurrency: 1, queueLimit: 8 });
    expect(defaultHashingLimits(1)).toEqual({ concurrency: 1, queueLimit: 8 });
    expect(defaultHashingLimits(8)).toEqual({ concurrency: 4, queueLimit: 32 });
  });
});
