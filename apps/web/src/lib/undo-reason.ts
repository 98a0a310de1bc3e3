import type { Locale } from "./i18n/locale.ts";
import { defineMessages } from "./i18n/messages.ts";

/**
 * The reason journalled for an Undo on the success screen. It is stored as this text, whatever
 * the language on screen, so that the record reads the same for everyone and can be recognised.
 */
export const UNDO_REASON = "Undone right after issuing";

const undoReasonMessages = defineMessages("undoReason", {
  "en-CA": { undoReason: UNDO_REASON },
  "fr-CA": { undoReason: "Annulé juste après l'émission" },
});

/** A change's reason as staff should read it: an Undo's in their language, others as typed. */
export function changeReasonText(reason: string, locale: Locale): string {
  return reason === UNDO_REASON ? undoReasonMessages.in(locale)("undoReason") : reason;
}
