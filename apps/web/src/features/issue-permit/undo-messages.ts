import { defineMessages } from "../../lib/i18n/messages.ts";

/** The words of Undo on the success screen, which voids a permit just issued. */
export const undoMessages = defineMessages("undo", {
  "en-CA": {
    undo: "Undo",
    undoing: "Undoing…",
    secondsLeft: "{{seconds}} s",
    undoHint: ({ seconds }: { seconds: number }) =>
      `Voids this permit in OPSCOM. Offered for ${seconds} seconds after issuing; Alt+Z does it from anywhere on this page.`,
    undoHintSeveral: ({ seconds }: { seconds: number }) =>
      `Voids this permit in OPSCOM. Offered for ${seconds} seconds after issuing; Alt+Z moves to the next Undo, and Enter undoes it.`,
    undoOffered: ({ seconds, plate }: { seconds: number; plate: string }) =>
      `You can undo the permit for ${plate} for ${seconds} seconds: Alt+Z.`,
    undoOfferedSeveral: ({ seconds, plate }: { seconds: number; plate: string }) =>
      `You can undo the permit for ${plate} for ${seconds} seconds: Alt+Z moves to the next Undo, and Enter undoes it.`,
    undoOver: "Undo is no longer offered. To void this permit, open its record.",
    openRecord: "Open its record",
    voidedHeading: "Permit voided",
    voidedText: "Undone right after issuing: OPSCOM no longer has this permit.",
    voidedAnnouncement: "Permit for {{plate}} voided.",
    failRefused: "The permit was not voided",
    failUnconfirmed: "OPSCOM did not confirm the void",
    failRetry: "The void did not go through",
    retryAdvice: "Trying again sends the same void: OPSCOM never gets it twice.",
    unconfirmedAdvice:
      "The permit may or may not be voided. Check its record before issuing it again.",
  },
  "fr-CA": {
    undo: "Annuler",
    undoing: "Annulation…",
    secondsLeft: "{{seconds}} s",
    undoHint: ({ seconds }: { seconds: number }) =>
      `Annule ce permis dans OPSCOM. Offert pendant ${seconds} secondes après l'émission; Alt+Z le fait de n'importe où sur cette page.`,
    undoHintSeveral: ({ seconds }: { seconds: number }) =>
      `Annule ce permis dans OPSCOM. Offert pendant ${seconds} secondes après l'émission; Alt+Z passe au bouton Annuler suivant, et Entrée l'annule.`,
    undoOffered: ({ seconds, plate }: { seconds: number; plate: string }) =>
      `Vous pouvez annuler le permis de ${plate} pendant ${seconds} secondes : Alt+Z.`,
    undoOfferedSeveral: ({ seconds, plate }: { seconds: number; plate: string }) =>
      `Vous pouvez annuler le permis de ${plate} pendant ${seconds} secondes : Alt+Z passe au bouton Annuler suivant, et Entrée l'annule.`,
    undoOver: "L'annulation rapide n'est plus offerte. Pour annuler ce permis, ouvrez son dossier.",
    openRecord: "Ouvrir son dossier",
    voidedHeading: "Permis annulé",
    voidedText: "Annulé juste après l'émission : OPSCOM n'a plus ce permis.",
    voidedAnnouncement: "Permis de {{plate}} annulé.",
    failRefused: "Le permis n'a pas été annulé",
    failUnconfirmed: "OPSCOM n'a pas confirmé l'annulation",
    failRetry: "L'annulation n'a pas abouti",
    retryAdvice: "Réessayer envoie la même annulation : OPSCOM ne la reçoit jamais deux fois.",
    unconfirmedAdvice:
      "Le permis est peut-être annulé, ou peut-être pas. Consultez son dossier avant de l'émettre de nouveau.",
  },
});
