import { type Role, roleSchema, usernameSchema } from "@permit-desk/schema";
import * as z from "zod/mini";

export const DISPLAY_NAME_MAX_LENGTH = 100;

const displayNameSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, "Enter the person's name."),
    z.maxLength(
      DISPLAY_NAME_MAX_LENGTH,
      `A name has at most ${DISPLAY_NAME_MAX_LENGTH} characters.`,
    ),
  );

function checked<T>(schema: z.ZodMiniType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new RangeError(parsed.error.issues.map((issue) => issue.message).join(" "));
  return parsed.data;
}

export const checkedUsername = (value: string): string => checked(usernameSchema, value);
export const checkedDisplayName = (value: string): string => checked(displayNameSchema, value);
export const checkedRole = (value: string): Role => checked(roleSchema, value);
