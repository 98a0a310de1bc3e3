import { hash, verify } from "@node-rs/argon2";

/** OWASP's argon2id parameters: 19 MiB of memory, two passes, one lane. */
export const ARGON2_PARAMETERS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

const PHC_PREFIX = `$argon2id$v=19$m=${ARGON2_PARAMETERS.memoryCost},t=${ARGON2_PARAMETERS.timeCost},p=${ARGON2_PARAMETERS.parallelism}$`;

/** A PHC string such as `$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>`; argon2id is the library's default. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_PARAMETERS);
}

/** False, rather than an error, for a hash the library cannot read. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** True when the hash was made with other parameters than today's: hash again at next sign-in. */
export function needsRehash(passwordHash: string): boolean {
  return !passwordHash.startsWith(PHC_PREFIX);
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies against a hash no password matches, so that an unknown username costs as much
 * time as a wrong password and the answer's timing does not reveal which it was.
 */
export async function verifyDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword(`unmatched ${crypto.randomUUID()}`);
  await verifyPassword(await dummyHash, password);
  return false;
}
