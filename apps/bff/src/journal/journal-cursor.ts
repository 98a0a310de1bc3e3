import * as z from "zod/mini";
import { hasUnacceptableCharacter } from "../acceptable-text.ts";
import { InvalidCursorError } from "./journal-errors.ts";

/** The position after the last entry of a page, newest first. */
export type JournalCursor = { createdAt: number; id: string };

const cursorSchema = z.tuple([z.int(), z.string().check(z.minLength(1))]);

export function encodeCursor(cursor: JournalCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id])).toString("base64url");
}

export function decodeCursor(text: string): JournalCursor {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    throw new InvalidCursorError();
  }
  const parsed = cursorSchema.safeParse(value);
  if (!parsed.success) throw new InvalidCursorError();
  const [createdAt, id] = parsed.data;
  // The id goes into a query: what no journal id holds, no database is asked for.
  if (hasUnacceptableCharacter(id)) throw new InvalidCursorError();
  return { createdAt, id };
}
