import { dictionary } from "@zxcvbn-ts/language-common";

let common: Set<string> | undefined;

/** About 50,000 passwords most seen in breaches, compared without regard to case. */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary["passwords-common"].map((entry) => entry.toLowerCase()));
  return common.has(password.toLowerCase());
}
