import type { FieldError } from "react-hook-form";

/** The messages of a form field's error; a server can give several, joined by line breaks. */
export function fieldErrorMessages(error: FieldError | undefined): string[] {
  if (!error?.message) return [];
  return error.message.split("\n").filter(Boolean);
}
