import * as z from "zod/mini";

export const ROLES = ["admin", "manager", "validator"] as const;
export type Role = (typeof ROLES)[number];

export const roleSchema = z.enum(ROLES, {
  error: () => "role_invalid",
});

export const USERNAME_MAX_LENGTH = 64;

/** The key a username is stored and found under: "Ana", " ana " and "ANA" are one account. */
export function normalizeUsername(raw: string): string {
  return raw.normalize("NFKC").trim().toLowerCase();
}

export const usernameSchema = z.string({ error: () => "username_required" }).check(
  z.overwrite((value) => value.normalize("NFKC").trim()),
  z.minLength(1, "username_required"),
  z.maxLength(USERNAME_MAX_LENGTH, "username_too_long"),
  z.regex(/^[\p{L}\p{N}._@-]*$/u, "username_characters"),
);

/** Long passphrases beat complexity rules; the upper bound only keeps hashing time bounded. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** Characters as people count them, not UTF-16 units: "é" or an emoji is one. */
export function passwordLength(password: string): number {
  return [...password].length;
}

export const passwordSchema = z.string({ error: () => "password_required" }).check(
  z.refine((value) => passwordLength(value) >= PASSWORD_MIN_LENGTH, {
    error: "password_too_short",
  }),
  z.refine((value) => passwordLength(value) <= PASSWORD_MAX_LENGTH, {
    error: "password_too_long",
  }),
);
