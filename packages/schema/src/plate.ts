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
    error: (issue) => (issue.input === undefined ? "plate_required" : "plate_not_text"),
  })
  .check(
    z.overwrite(normalizePlate),
    z.minLength(1, "plate_required"),
    z.maxLength(PLATE_MAX_LENGTH, "plate_too_long"),
    // `*`, not `+`: an empty plate has its own problem. No `abort`, which would also hide the
    // draft's end-before-start problem.
    z.regex(/^[A-Z0-9]*$/, "plate_not_alphanumeric"),
  );
