import {
  type ConfusableDigit,
  confusableMarks,
  type PlateCharacterMark,
} from "@permit-desk/schema";
import type { issuePermitMessages } from "../messages.ts";

export type PlateSafetyText = ReturnType<typeof issuePermitMessages.in>;

const DIGIT_NAMES = {
  "0": "zero",
  "1": "one",
  "2": "two",
  "5": "five",
  "8": "eight",
} as const satisfies Record<ConfusableDigit, string>;

/** What a confusable character is, said plainly under it: "zero", "letter O"; nothing otherwise. */
export function characterCaption(mark: PlateCharacterMark, t: PlateSafetyText): string | undefined {
  if (!mark.confusable) return undefined;
  return mark.kind === "digit"
    ? t(DIGIT_NAMES[mark.character])
    : t("letter", { letter: mark.character });
}

function spoken(mark: PlateCharacterMark, t: PlateSafetyText): string {
  if (!mark.confusable) return mark.character;
  return mark.kind === "digit"
    ? t("digit", { name: t(DIGIT_NAMES[mark.character]) })
    : t("letter", { letter: mark.character });
}

/**
 * The plate spelled out for a screen reader, each look-alike said for what it is:
 * "Plate: A, B, digit one, letter O, 3". Empty for an empty plate.
 */
export function plateReading(plate: string, t: PlateSafetyText): string {
  const marks = confusableMarks(plate);
  if (marks.length === 0) return "";
  return t("reading", {
    characters: marks.map((mark) => spoken(mark, t)).join(t("characterSeparator")),
  });
}
