import { availableParallelism } from "node:os";
import { hash, verify } from "@node-rs/argon2";
import pLimit from "p-limit";

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

/** More password work than the server takes on at once: the caller answers 503 with Retry-After. */
export class PasswordHashingBusyError extends Error {
  constructor(readonly retryAfterMs: number) {
    super("Too many passwords are being checked at once.");
    this.name = "PasswordHashingBusyError";
  }
}

/**
 * Every argon2id hash and verification the server makes, a few at a time: each takes tens of
 * milliseconds of a core and 19 MiB, so a flood of sign-ins must not take every core from
 * issuing. Beyond `queueLimit` waiting, work is refused at once rather than queued.
 */
export type PasswordHashing = {
  hash(password: string): Promise<string>;
  verify(passwordHash: string, password: string): Promise<boolean>;
  /** As `verifyDummy`, through the same queue. */
  verifyDummy(password: string): Promise<false>;
  /** How long to wait when work is full right now (the next call would be refused); else undefined. */
  busyFor(): number | undefined;
};

export type PasswordHashingLimits = { concurrency: number; queueLimit: number };

/** One core of two for password work, the rest for everything else; a second's worth of queue. */
export function defaultHashingLimits(cores = availableParallelism()): PasswordHashingLimits {
  const concurrency = Math.max(1, Math.floor(cores / 2));
  return { concurrency, queueLimit: 8 * concurrency };
}

/** About how long one verification takes here; only used to word Retry-After. */
const TYPICAL_HASH_MS = 50;

export function createPasswordHashing(
  limits: PasswordHashingLimits = defaultHashingLimits(),
): PasswordHashing {
  const limit = pLimit(limits.concurrency);
  const busyFor = () => {
    if (limit.activeCount + limit.pendingCount < limits.concurrency + limits.queueLimit) {
      return undefined;
    }
    return Math.max(1_000, ((limit.pendingCount + 1) * TYPICAL_HASH_MS) / limits.concurrency);
  };
  const run = <T>(work: () => Promise<T>): Promise<T> => {
    const waitMs = busyFor();
    return waitMs === undefined
      ? limit(work)
      : Promise.reject(new PasswordHashingBusyError(waitMs));
  };
  return {
    busyFor,
    hash: (password) => run(() => hashPassword(password)),
    verify: (passwordHash, password) => run(() => verifyPassword(passwordHash, password)),
    verifyDummy: (password) => run(() => verifyDummy(password)),
  };
}
