import { isOneOf } from "@permit-desk/schema";

/** The languages Permit Desk speaks, as BCP 47 tags that also drive date, time and money formats. */
export const LOCALES = ["en-CA", "fr-CA"] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language's name in itself, as the language switch offers it. */
export const LOCALE_NAMES: Record<Locale, string> = { "en-CA": "English", "fr-CA": "Français" };

const STORAGE_KEY = "permit-desk.locale";

/** The language chosen before on this browser, else French for a French browser, else English. */
export function initialLocale(
  stored: string | null = readStoredLocale(),
  browserLanguages: readonly string[] = globalThis.navigator?.languages ?? [],
): Locale {
  if (isOneOf(LOCALES, stored)) return stored;
  const first = browserLanguages[0]?.toLowerCase() ?? "";
  return first === "fr" || first.startsWith("fr-") ? "fr-CA" : "en-CA";
}

function readStoredLocale(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    // Storage can be refused (privacy settings); the browser's language then decides.
    return null;
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered across visits, but the switch still works for this one.
  }
}
