import type { Locale } from "../../lib/i18n/locale.ts";

/** How long OPSCOM took, in milliseconds below a second and seconds above: "850 ms", "2.01 s". */
export function formatDuration(durationMs: number, locale: Locale): string {
  if (durationMs < 1000) {
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(durationMs)} ms`;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(durationMs / 1000)} s`;
}
