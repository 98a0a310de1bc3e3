import { normalizePlate } from "./plate.ts";

/**
 * Characters read or typed for one another on a plate, each digit beside its look-alike letter.
 * Only these five: with more (D/0, G/6, U/V) nearly every plate would be marked and the marks
 * would stop meaning anything. A change here needs a migration of the stored skeletons.
 */
export const CONFUSABLE_PAIRS = [
  ["0", "O"],
  ["1", "I"],
  ["5", "S"],
  ["8", "B"],
  ["2", "Z"],
] as const;

export type ConfusableDigit = (typeof CONFUSABLE_PAIRS)[number][0];
export type ConfusableLetter = (typeof CONFUSABLE_PAIRS)[number][1];

export type PlateCharacterMark =
  | { character: string; confusable: false }
  | { character: ConfusableDigit; confusable: true; kind: "digit"; lookalike: ConfusableLetter }
  | { character: ConfusableLetter; confusable: true; kind: "letter"; lookalike: ConfusableDigit };

const markOf = new Map<string, PlateCharacterMark>(
  CONFUSABLE_PAIRS.flatMap(
    ([digit, letter]): Array<[string, PlateCharacterMark]> => [
      [digit, { character: digit, confusable: true, kind: "digit", lookalike: letter }],
      [letter, { character: letter, confusable: true, kind: "letter", lookalike: digit }],
    ],
  ),
);

/** Each character of the normalised plate, and what it could be mistaken for. */
export function confusableMarks(plate: string): PlateCharacterMark[] {
  return Array.from(
    normalizePlate(plate),
    (character) => markOf.get(character) ?? { character, confusable: false },
  );
}

const digitOf = new Map<string, string>(CONFUSABLE_PAIRS.map(([digit, letter]) => [letter, digit]));

/** The normalised plate with each look-alike letter replaced by its digit: AB1O3 and ABI03 → AB103. */
export function plateSkeleton(plate: string): string {
  return Array.from(normalizePlate(plate), (character) => digitOf.get(character) ?? character).join(
    "",
  );
}

/** True when the plates differ in exactly one place, and there by a confusable pair (AB1O3, AB103). */
export function isOneConfusableAway(a: string, b: string): boolean {
  const first = Array.from(normalizePlate(a));
  const second = Array.from(normalizePlate(b));
  if (first.length !== second.length) return false;
  const differences = first.flatMap((character, index) =>
    character === second[index] ? [] : [[character, second[index]] as const],
  );
  const [only] = differences;
  if (differences.length !== 1 || only === undefined) return false;
  const mark = markOf.get(only[0]);
  return mark?.confusable === true && mark.lookalike === only[1];
}
