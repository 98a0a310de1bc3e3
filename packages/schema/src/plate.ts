import * as z from "zod/mini";

export const PLATE_MAX_LENGTH = 25;

/** Upper-cases and drops the spaces and dashes people type; keeps everything else for the checks. */
export function normalizePlate(raw: string): string {
  return raw.trim().toUpperCase().replace(/[\s-]+/g, "");
}

export const plateSchema = z.string({ error: "Enter the licence plate." }).check(
  z.overwrite(normalizePlate),
  z.minLength(1, { error: "Enter the licence plate.", abort: true }),
  z.maxLength(PLATE_MAX_LENGTH, `A plate has at most ${PLATE_MAX_LENGTH} letters and digits.`),
  z.regex(/^[A-Z0-9]+$/, "A plate has letters and digits only."),
);
