import { normalizePlate } from "@permit-desk/schema";

/** Several plates go in one field, parted by commas, semicolons or line breaks. */
const PLATE_SEPARATOR = /[,;\n]+/;

/** The plates typed into the plate field, as typed, blanks dropped: one permit each. */
export function typedPlates(text: string): string[] {
  return text
    .split(PLATE_SEPARATOR)
    .map((plate) => plate.trim())
    .filter((plate) => plate !== "");
}

/** The normalised plates of a field, in order: what would be sent. */
export function normalisedPlates(text: string): string[] {
  return typedPlates(text).map(normalizePlate);
}

/** Plates listed more than once (after normalisation), each named once. */
export function repeatedPlates(plates: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const plate of plates) {
    if (seen.has(plate)) repeated.add(plate);
    seen.add(plate);
  }
  return [...repeated];
}

/** The plate field with its `index`-th plate replaced, the others as typed, comma-parted. */
export function withPlateReplaced(text: string, index: number, plate: string): string {
  const plates = typedPlates(text);
  if (plates.length <= 1) return plate;
  return plates.map((typed, at) => (at === index ? plate : typed)).join(", ");
}
