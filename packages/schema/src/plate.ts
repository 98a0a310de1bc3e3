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
    // An empty plate has its own problem. No `abort`, which would also hide the draft's
    // end-before-start problem.
    z.superRefine((plate, context) => {
      const found = firstNotAlphanumeric(plate);
      if (found === undefined) return;
      // As `problemAsText` writes it; the problems' catalogue stays out of the first script.
      const refusal = { code: "plate_not_alphanumeric", params: found };
      context.addIssue({ code: "custom", message: JSON.stringify(refusal) });
    }),
  );

/**
 * The first character a plate may not hold, as the clerk is told of it: itself, its code point
 * (a pasted zero-width space shows nothing) and its place in the plate as it will be sent.
 */
function firstNotAlphanumeric(
  plate: string,
): { character: string; codePoint: string; position: number } | undefined {
  const characters = [...plate];
  const index = characters.findIndex((character) => !/^[A-Z0-9]$/.test(character));
  const character = characters[index];
  if (character === undefined) return undefined;
  return { character, codePoint: codePointOf(character), position: index + 1 };
}

/** A character's code point as people write it: `U+200B`. */
export const codePointOf = (character: string) =>
  `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
