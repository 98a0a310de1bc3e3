import { useCallback } from "react";
import type { FieldError } from "react-hook-form";
import type { Locale } from "./i18n/locale.ts";
import { useLocale } from "./i18n/locale-context.tsx";
import { translateServerText } from "./i18n/server-messages.ts";

/**
 * The messages of a form field's error, in the reader's language: the shared schemas and the
 * BFF word them in English. A server can give several, joined by line breaks.
 */
export function fieldErrorMessages(
  error: FieldError | undefined,
  locale: Locale = "en-CA",
): string[] {
  if (!error?.message) return [];
  return error.message
    .split("\n")
    .filter(Boolean)
    .map((message) => translateServerText(message, locale));
}

/** `fieldErrorMessages` in the language the user chose. */
export function useFieldErrorMessages(): (error: FieldError | undefined) => string[] {
  const { locale } = useLocale();
  return useCallback(
    (error: FieldError | undefined) => fieldErrorMessages(error, locale),
    [locale],
  );
}
