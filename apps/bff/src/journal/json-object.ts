import * as z from "zod/mini";

const jsonObjectSchema = z.record(z.string(), z.unknown());

/** Reads back a JSON object column; a row that is not one is corrupt, and says which column. */
export function parseJsonObject(text: string, column: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`Column ${column} does not hold JSON.`);
  }
  const parsed = jsonObjectSchema.safeParse(value);
  if (!parsed.success) throw new Error(`Column ${column} does not hold a JSON object.`);
  return parsed.data;
}
