import * as z from "zod/mini";

/** The longest note a finding keeps, counted once trimmed. */
export const NOTE_MAX_LENGTH = 1000;

/** Staff's optional note beside a finding, on a permit or on one of its changes. */
export const noteSchema = z.optional(
  z.string().check(z.trim(), z.maxLength(NOTE_MAX_LENGTH, "note_too_long")),
);
