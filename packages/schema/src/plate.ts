import * as z from "zod/mini";

export const PLATE_MAX_LENGTH = 25;

/** Upper-cases and drops the spaces and dashes people type; keeps everything else for the checks. */
export function normalizePlate(raw: string): string {
  return raw
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, "");
}

export const plateSchema = z
  .string({
    error: (issue) =>
      issue.input === undefined ? "Enter the licence plate." : "Enter the licence plate as text.",
  })
  .check(
    z.overwrite(normalizePlate),
    z.minLength(1, "Enter the licence plate."),
    z.maxLength(PLATE_MAX_LENGTH, `A plate has at most ${PLATE_MAX_LENGTH} letters and digits.`),
    // `*`, not `+`: an empty plate has its own message. No `abort`, which would also hide the
    // draft's end-before-start message.
    z.regex(/^[A-Z0-9]*$/, "A plate has letters and digits only."),
  );
