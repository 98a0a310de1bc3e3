import type { OpscomCounts } from "@permit-desk/schema";
import type { Locale } from "../../lib/i18n/locale.ts";
import { opscomCodeWords } from "../../lib/i18n/problem-words.ts";
import type { DayWords } from "./messages.ts";

/** A refusal's reason from OPSCOM's code, in the reader's language; or that it gave none. */
export function refusedWords(code: number | undefined, t: DayWords, locale: Locale): string {
  if (code === undefined) return t("refusedWithoutCode");
  return t("refusedCode", { code, meaning: opscomCodeWords(code, locale) });
}

type ZoneCount = OpscomCounts["zones"][number];

/** What a zone's difference means, read from how the BFF compares: issued and not voided. */
export function differenceWords(
  zone: ZoneCount,
  t: DayWords,
  number: (n: number) => string,
): string {
  const n = Math.abs((zone.opscom ?? 0) - zone.journal);
  const words = { more: number(n), n, unconfirmed: zone.unconfirmed };
  return (zone.opscom ?? 0) > zone.journal ? t("opscomMore", words) : t("opscomFewer", words);
}
