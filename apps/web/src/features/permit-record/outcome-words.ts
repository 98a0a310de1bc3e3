import { UNCONFIRMED_REASONS, type UnconfirmedReason } from "@permit-desk/schema";
import type { Locale } from "../../lib/i18n/locale.ts";
import type { PermitRecordWords } from "./messages.ts";

/** A text to show, and whether it is shown as it was recorded rather than in the page's words. */
export type OutcomeWords = { text: string; recorded: boolean };

function isUnconfirmedReason(reason: string): reason is UnconfirmedReason {
  return UNCONFIRMED_REASONS.some((known) => known === reason);
}

/** "unreadable_answer" → "The answer could not be read"; a reason not known here as it came. */
export function outcomeReasonWords(reason: string, t: PermitRecordWords): OutcomeWords {
  return isUnconfirmedReason(reason)
    ? { text: t("unconfirmedReason", { reason }), recorded: false }
    : { text: reason, recorded: true };
}

/** A count such as "10000" as French writes it: "10 000". */
const frenchInteger = (digits: string) => new Intl.NumberFormat("fr-CA").format(Number(digits));

type DetailPattern = readonly [english: RegExp, french: (parts: string[]) => string];

/**
 * The diagnostics the journal records beside an outcome (`opscom.detail`), as Permit Desk's
 * client words them when it records them, in French. They are a record, not an answer: OPSCOM's
 * own words and a network error's code stay as they were recorded.
 */
const RECORDED_IN_FRENCH: readonly DetailPattern[] = [
  [
    /^interrupted before OPSCOM's answer was recorded$/,
    () => "interrompu avant que la réponse d'OPSCOM soit consignée",
  ],
  [/^deadline passed before sending$/, () => "délai écoulé avant l'envoi"],
  [
    /^HTTP (\d{3}), not a JSON object$/,
    ([status]) => `HTTP ${status} : la réponse n'est pas un objet JSON`,
  ],
  [
    /^HTTP (\d{3}), no usable reference_id$/,
    ([status]) => `HTTP ${status} : la réponse n'a pas de reference_id utilisable`,
  ],
  [
    /^HTTP (\d{3}), a refusal carrying the reference (.+)$/s,
    ([status, reference]) => `HTTP ${status} : un refus portant la référence ${reference}`,
  ],
  [
    /^HTTP (\d{3}), no single usable reference \((.+)\)$/s,
    ([status, shown]) => `HTTP ${status} : aucune référence unique utilisable (${shown})`,
  ],
  [/^no answer within (\d+) ms$/, ([ms = ""]) => `aucune réponse en ${frenchInteger(ms)} ms`],
  [
    /^(.+) \((\d+) attempts?\)$/s,
    ([what = "", count = ""]) =>
      `${recordedInFrench(what) ?? what} (${count} ${Number(count) < 2 ? "tentative" : "tentatives"})`,
  ],
];

function recordedInFrench(detail: string): string | undefined {
  for (const [english, french] of RECORDED_IN_FRENCH) {
    const match = english.exec(detail);
    if (match) return french(match.slice(1));
  }
  return undefined;
}

/**
 * Permit Desk's own details ("HTTP 500, not a JSON object") in the reader's language; anything
 * else, such as OPSCOM's own message or a network error's code, as it was recorded.
 */
export function outcomeDetailWords(detail: string, locale: Locale): OutcomeWords {
  const french = recordedInFrench(detail);
  if (french === undefined) return { text: detail, recorded: true };
  return { text: locale === "fr-CA" ? french : detail, recorded: false };
}
