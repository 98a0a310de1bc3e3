import { hasNameLayoutCharacter, type Role, roleSchema, usernameSchema } from "@permit-desk/schema";
import * as z from "zod/mini";
import { InvalidValueError } from "../invalid-value.ts";

export const DISPLAY_NAME_MAX_LENGTH = 100;

const displayNameSchema = z.string().check(
  z.trim(),
  z.minLength(1, "person_name_required"),
  z.maxLength(DISPLAY_NAME_MAX_LENGTH, "name_too_long"),
  z.refine((name) => !hasNameLayoutCharacter(name), "character_in_value"),
);

function checked<T>(schema: z.ZodMiniType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw InvalidValueError.of(parsed.error);
  return parsed.data;
}

export const checkedUsername = (value: string): string => checked(usernameSchema, value);
export const checkedDisplayName = (value: string): string => checked(displayNameSchema, value);
export const checkedRole = (value: string): Role => checked(roleSchema, value);
