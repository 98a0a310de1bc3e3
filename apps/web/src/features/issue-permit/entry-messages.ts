import { defineMessages } from "../../lib/i18n/messages.ts";

/**
 * The few words the page shows while its code loads, which ship with the app's first script:
 * the rest of the feature's words come with the page.
 */
export const issuePermitEntryMessages = defineMessages("issuePermitEntry", {
  "en-CA": {
    heading: "Issue a permit",
    plateLabel: "Licence plate",
    plateHint:
      "Letters and digits; spaces and dashes are dropped. Several plates: part them with commas.",
  },
  "fr-CA": {
    heading: "Émettre un permis",
    plateLabel: "Plaque d'immatriculation",
    plateHint:
      "Lettres et chiffres; les espaces et les tirets sont retirés. Plusieurs plaques\u00a0: séparez-les par des virgules.",
  },
});
