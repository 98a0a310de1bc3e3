import * as z from "zod/mini";

const codedErrorSchema = z.object({ code: z.string() });

/** A unique or primary-key constraint refused the row: SQLite's and PostgreSQL's codes. */
export function isUniqueViolation(error: unknown): boolean {
  const parsed = codedErrorSchema.safeParse(error);
  if (!parsed.success) return false;
  const { code } = parsed.data;
  return (
    code === "23505" ||
    code === "SQLITE_CONSTRAINT_UNIQUE" ||
    code === "SQLITE_CONSTRAINT_PRIMARYKEY"
  );
}

/** PostgreSQL could not serialize a transaction with a concurrent one: it was rolled back. */
export function isSerializationFailure(error: unknown): boolean {
  const parsed = codedErrorSchema.safeParse(error);
  return parsed.success && parsed.data.code === "40001";
}
