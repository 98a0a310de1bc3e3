import { defineMessages } from "../../lib/i18n/messages.ts";
import { type Count, plural, pluralFr } from "../../lib/i18n/plural.ts";

export const issuePermitMessages = defineMessages("issuePermit", {
  "en-CA": {
    plateAgainLabel: "Licence plate again",
    plateAgainHint: "Type the plate a second time, without looking at the first.",
    plateAgainDiffers: "The plate typed again is not the same. Check both against the vehicle.",
    plateAgainMissing: "Type the plate a second time.",
    platePrefixed: "{{plate}}: {{message}}",
    plateRepeated: ({ plates }: { plates: string[] }) =>
      plates.length === 1
        ? `${plates[0]} is listed more than once: it gets one permit.`
        : `${plates.join(", ")} are listed more than once: each gets one permit.`,
    willBeSentAs: "Will be sent as",
    severalPlates: ({ count }: Count) => `${count} plates, one permit each:`,
    loading: "Loading…",
    noZone: "No zone is open to you: ask an administrator to assign one",
    validity: "Validity",
    validFrom: "Valid from",
    validUntil: "Valid until",
    siteTime: "Site time, {{zone}}",
    siteTimeLoading: "Site time, loading…",
    startsNow: "Now: follows the clock.",
    startNow: "Start now",
    durationLegend: "How long",
    durationHours: ({ count }: Count) => plural(count, "1 hour", `${count} hours`),
    durationDays: ({ count }: Count) => plural(count, "1 day", `${count} days`),
    durationCustom: "Custom",
    untilToday: "Until {{time}} today",
    untilTomorrow: "Until {{time}} tomorrow",
    untilOn: "Until {{time}} on {{date}}",
    lasts: "lasts {{duration}}",
    elapsedMinutes: ({ count }: Count) => plural(count, "1 minute", `${count} minutes`),
    skippedTime:
      "{{time}} does not exist that day in {{zone}}: the clocks go forward. It will be read as {{actual}}.",
    repeatedTime:
      "{{time}} happens twice that day in {{zone}}: the clocks go back. The first {{time}} is used.",
    amountHint: "Optional, e.g. 14.50",
    amountSentAs: "Optional; sent as {{amount}}",
    currencyLabel: "Currency",
    permitNoHint: "Optional: ticket number",
    issue: "Issue permit",
    issueSeveral: ({ count }: Count) => `Issue ${count} permits`,
    issuing: "Issuing…",
    issuingStatus: "Issuing the permit…",
    waitingForSettings: "The permit will be issued once Permit Desk's settings have loaded…",
    lookAtWarnings: "Nothing was issued: read the warning, then press Issue again.",
    templatesLegend: "Template",
    templatesHint: "Alt + number applies a template from anywhere on the page.",
    templateNone: "No template",
    templateFree: "free",
    templateApplied: "Template {{name}} applied: {{summary}}.",
    // Failures
    heldNothingSent:
      "Nothing was sent: {{plate}} may already have a permit from the earlier attempt. Open its record and check OPSCOM first.",
    openRecord: "Open its record",
    checkedNotInOpscom: "Checked: not in OPSCOM, issue it again",
    answerLost:
      "The permit may or may not have been issued. Try again: the same request never issues a second permit.",
    failNotIssued: "The permit was not issued",
    failNoAnswer: "No usable answer from Permit Desk",
    failCheckOpscom: "Check OPSCOM before issuing this permit again",
    failCheckOpscomAdvice: "Issuing it again without checking could create a second permit.",
    failUnreachable: "OPSCOM could not be reached",
    failRestarting: "Permit Desk is restarting",
    restartingAdvice:
      "What you typed is kept. Try again in a few seconds: the same request never issues a second permit.",
    failInternal: "Permit Desk ran into a problem",
    failForbidden: "You are not allowed to issue this permit",
    // Several plates
    outcomesHeading: "Some plates were not issued",
    outcomesIntro:
      "The plates left in the field were not issued. Fix them, or try again: a plate sent again unchanged never gets a second permit.",
    outcomeIssued: "Issued, reference {{reference}}",
    outcomeHeld: "Held: OPSCOM did not confirm the earlier attempt. Check OPSCOM first.",
    outcomeUnconfirmed: "OPSCOM did not confirm it. Check OPSCOM before issuing it again.",
    outcomeFailed: "Not issued: {{message}}",
    releaseHeld: "Checked: not in OPSCOM, issue the held plates again",
    // After issuing: the panel, its announcement and the printed slip
    permitIssued: "Permit issued",
    previousPermit: "Previous guest:",
    issuedOfTyped: ({ issued, typed }: { issued: number; typed: number }) =>
      issued === typed
        ? `${issued} of ${typed} issued`
        : `${issued} of ${typed} issued; ${typed - issued} left in the plate field`,
    reference: "Reference",
    referenceShort: "Ref.",
    permitNumberShort: "No.",
    plate: "Plate",
    zone: "Zone",
    issuedValidFrom: "Valid from",
    issuedValidUntil: "Valid until",
    amount: "Amount",
    permitNumber: "Permit number",
    copyReference: "Copy reference",
    copyShort: "Copy",
    printShort: "Print",
    copied: "Copied",
    copyFailed: "Could not copy: select the reference and copy it.",
    printSlip: "Print slip",
    announcement:
      "Permit issued for {{plate}} in {{zone}}, until {{time}}. Reference {{reference}}.",
    slipTitle: "Parking permit",
    slipLabel: "Parking permit slip for {{plate}}",
    licencePlate: "Licence plate",
    amountPaid: "Amount paid",
    qrCode: "QR code of the reference {{reference}}",
    validOnDay: "Valid on {{date}}, from {{from}} until {{until}}",
    validFromUntil: "Valid from {{from}} until {{until}}",
    // The plate echo, each look-alike digit by its name, and the plate warnings
    "0": "zero",
    "1": "one",
    "2": "two",
    "5": "five",
    "8": "eight",
    letter: "letter {{letter}}",
    digit: "digit {{name}}",
    /** How a screen reader hears the plate, e.g. "Plate: A, B, digit one, letter O, 3". */
    reading: "Plate: {{characters}}",
    didYouMean:
      "Did you mean {{plate}}? It was issued here on {{date}} in {{zone}}. Check the vehicle.",
    usePlate: "Use {{plate}}",
    alreadyActive:
      "{{plate}} already has a permit valid now in {{zone}} until {{until}} (reference {{reference}}). You can still issue another.",
    maybeActive:
      "{{plate}} may already have a permit valid now in {{zone}} until {{until}}: OPSCOM has not confirmed it yet. Check OPSCOM before issuing another.",
    // Undo on the success screen, which voids a permit just issued
    undo: "Undo this permit",
    undoShort: "Undo",
    undoing: "Undoing…",
    undoHint: ({ seconds }: { seconds: number }) =>
      `Voids this permit in OPSCOM. Offered for ${seconds} seconds after issuing; Alt+Z undoes it at once, from anywhere on this page.`,
    undoHintSeveral: ({ seconds }: { seconds: number }) =>
      `Voids this permit in OPSCOM. Offered for ${seconds} seconds after issuing; with several on screen, Alt+Z goes to an Undo, again to the next, and Enter undoes the one it is on.`,
    undoOffered: ({ seconds, plate }: { seconds: number; plate: string }) =>
      `You can undo the permit for ${plate} for ${seconds} seconds: Alt+Z.`,
    undoOfferedSeveral: ({ seconds, plate }: { seconds: number; plate: string }) =>
      `You can undo the permit for ${plate} for ${seconds} seconds: Alt+Z moves to the next Undo, and Enter undoes it.`,
    undoOver: "Undo is no longer offered. To void this permit, open its record.",
    voidedHeading: "Permit voided",
    voidedText: "Undone right after issuing: OPSCOM no longer has this permit.",
    voidedAnnouncement: "Permit for {{plate}} undone: it is voided, and OPSCOM no longer has it.",
    refusedUndoTitle: "The permit was not voided",
    unconfirmedUndoTitle: "OPSCOM did not confirm the void",
    retryUndoTitle: "The void did not go through",
    retryAdvice: "Trying again sends the same void: OPSCOM never gets it twice.",
    unconfirmedAdvice:
      "The permit may or may not be voided. Check its record before issuing it again.",
  },
  "fr-CA": {
    plateAgainLabel: "Plaque d'immatriculation, encore",
    plateAgainHint: "Tapez la plaque une deuxième fois, sans regarder la première.",
    plateAgainDiffers:
      "La plaque tapée une deuxième fois n'est pas la même. Vérifiez les deux sur le véhicule.",
    plateAgainMissing: "Tapez la plaque une deuxième fois.",
    platePrefixed: "{{plate}} : {{message}}",
    plateRepeated: ({ plates }: { plates: string[] }) =>
      plates.length === 1
        ? `${plates[0]} est inscrite plus d'une fois : elle reçoit un seul permis.`
        : `${plates.join(", ")} sont inscrites plus d'une fois : chacune reçoit un seul permis.`,
    willBeSentAs: "Sera envoyée comme",
    severalPlates: ({ count }: Count) => `${count} plaques, un permis chacune :`,
    loading: "Chargement…",
    noZone:
      "Aucune zone ne vous est ouverte : demandez à un administrateur de vous en attribuer une",
    validity: "Validité",
    validFrom: "Valide à partir de",
    validUntil: "Valide jusqu'à",
    siteTime: "Heure du site, {{zone}}",
    siteTimeLoading: "Heure du site, chargement…",
    startsNow: "Maintenant : suit l'horloge.",
    startNow: "Commencer maintenant",
    durationLegend: "Durée",
    durationHours: ({ count }: Count) => pluralFr(count, `${count} heure`, `${count} heures`),
    durationDays: ({ count }: Count) => pluralFr(count, `${count} jour`, `${count} jours`),
    durationCustom: "Personnalisée",
    untilToday: "Jusqu'à {{time}} aujourd'hui",
    untilTomorrow: "Jusqu'à {{time}} demain",
    untilOn: "Jusqu'à {{time}} le {{date}}",
    lasts: "dure {{duration}}",
    elapsedMinutes: ({ count }: Count) => pluralFr(count, `${count} minute`, `${count} minutes`),
    skippedTime:
      "{{time}} n'existe pas ce jour-là dans {{zone}} : on avance l'heure. L'heure lue sera {{actual}}.",
    repeatedTime:
      "{{time}} revient deux fois ce jour-là dans {{zone}} : on recule l'heure. Le premier {{time}} est retenu.",
    amountHint: "Facultatif, p. ex. 14,50",
    amountSentAs: "Facultatif; envoyé : {{amount}}",
    currencyLabel: "Devise",
    permitNoHint: "Facultatif : n° du billet",
    issue: "Émettre le permis",
    issueSeveral: ({ count }: Count) => `Émettre ${count} permis`,
    issuing: "Émission…",
    issuingStatus: "Émission du permis…",
    waitingForSettings: "Le permis sera émis dès que les paramètres de Permit Desk seront chargés…",
    lookAtWarnings: "Rien n'a été émis : lisez l'avertissement, puis appuyez de nouveau.",
    templatesLegend: "Modèle",
    templatesHint: "Alt + chiffre applique un modèle de n'importe où dans la page.",
    templateNone: "Aucun modèle",
    templateFree: "gratuit",
    templateApplied: "Modèle {{name}} appliqué : {{summary}}.",
    heldNothingSent:
      "Rien n'a été envoyé : {{plate}} a peut-être déjà un permis de la tentative précédente. Ouvrez son dossier et vérifiez d'abord dans OPSCOM.",
    openRecord: "Ouvrir son dossier",
    checkedNotInOpscom: "Vérifié : absent d'OPSCOM, l'émettre de nouveau",
    answerLost:
      "Le permis a peut-être été émis, ou non. Réessayez : la même demande n'émet jamais un deuxième permis.",
    failNotIssued: "Le permis n'a pas été émis",
    failNoAnswer: "Aucune réponse utilisable de Permit Desk",
    failCheckOpscom: "Vérifiez dans OPSCOM avant d'émettre ce permis de nouveau",
    failCheckOpscomAdvice: "L'émettre de nouveau sans vérifier pourrait créer un deuxième permis.",
    failUnreachable: "OPSCOM est injoignable",
    failRestarting: "Permit Desk redémarre",
    restartingAdvice:
      "Ce que vous avez tapé est conservé. Réessayez dans quelques secondes : la même demande n'émet jamais un deuxième permis.",
    failInternal: "Permit Desk a rencontré un problème",
    failForbidden: "Vous n'êtes pas autorisé à émettre ce permis",
    outcomesHeading: "Certaines plaques n'ont pas reçu de permis",
    outcomesIntro:
      "Les plaques restées dans le champ n'ont pas reçu de permis. Corrigez-les ou réessayez : une plaque renvoyée telle quelle ne reçoit jamais un deuxième permis.",
    outcomeIssued: "Émis, référence {{reference}}",
    outcomeHeld:
      "Retenue : OPSCOM n'a pas confirmé la tentative précédente. Vérifiez d'abord dans OPSCOM.",
    outcomeUnconfirmed:
      "OPSCOM ne l'a pas confirmé. Vérifiez dans OPSCOM avant de l'émettre de nouveau.",
    outcomeFailed: "Non émis : {{message}}",
    releaseHeld: "Vérifié : absentes d'OPSCOM, émettre de nouveau les plaques retenues",
    // After issuing: the panel, its announcement and the printed slip
    permitIssued: "Permis émis",
    previousPermit: "Client précédent :",
    issuedOfTyped: ({ issued, typed }: { issued: number; typed: number }) =>
      issued === typed
        ? `${issued} sur ${typed} émis`
        : `${issued} sur ${typed} émis; ${typed - issued} restent dans le champ de la plaque`,
    reference: "Référence",
    referenceShort: "Réf.",
    permitNumberShort: "N°",
    plate: "Plaque",
    zone: "Zone",
    issuedValidFrom: "Valide à partir de",
    issuedValidUntil: "Valide jusqu'à",
    amount: "Montant",
    permitNumber: "Numéro de permis",
    copyReference: "Copier la référence",
    copyShort: "Copier",
    printShort: "Imprimer",
    copied: "Copiée",
    copyFailed: "Copie impossible : sélectionnez la référence et copiez-la.",
    printSlip: "Imprimer la fiche",
    announcement:
      "Permis émis pour {{plate}} dans la zone {{zone}}, jusqu'au {{time}}. Référence {{reference}}.",
    slipTitle: "Permis de stationnement",
    slipLabel: "Fiche du permis de stationnement de {{plate}}",
    licencePlate: "Plaque d'immatriculation",
    amountPaid: "Montant payé",
    qrCode: "Code QR de la référence {{reference}}",
    validOnDay: "Valide le {{date}}, de {{from}} à {{until}}",
    validFromUntil: "Valide du {{from}} au {{until}}",
    // The plate echo, each look-alike digit by its name, and the plate warnings
    "0": "zéro",
    "1": "un",
    "2": "deux",
    "5": "cinq",
    "8": "huit",
    letter: "lettre {{letter}}",
    digit: "chiffre {{name}}",
    reading: "Plaque : {{characters}}",
    didYouMean:
      "Vouliez-vous dire {{plate}} ? Cette plaque a reçu un permis ici le {{date}} dans la zone {{zone}}. Vérifiez le véhicule.",
    usePlate: "Utiliser {{plate}}",
    alreadyActive:
      "{{plate}} a déjà un permis valide en ce moment dans la zone {{zone}}, jusqu'à {{until}} (référence {{reference}}). Vous pouvez quand même en émettre un autre.",
    maybeActive:
      "{{plate}} a peut-être déjà un permis valide en ce moment dans la zone {{zone}}, jusqu'à {{until}} : OPSCOM ne l'a pas encore confirmé. Vérifiez dans OPSCOM avant d'en émettre un autre.",
    // Undo on the success screen, which voids a permit just issued
    undo: "Révoquer ce permis",
    undoShort: "Révoquer",
    undoing: "Révocation…",
    undoHint: ({ seconds }: { seconds: number }) =>
      `Révoque ce permis dans OPSCOM. Offert pendant ${seconds} secondes après l'émission; Alt+Z le révoque aussitôt, de n'importe où sur cette page.`,
    undoHintSeveral: ({ seconds }: { seconds: number }) =>
      `Révoque ce permis dans OPSCOM. Offert pendant ${seconds} secondes après l'émission; avec plusieurs à l'écran, Alt+Z va à un bouton Révoquer, puis au suivant, et Entrée révoque celui où il se trouve.`,
    undoOffered: ({ seconds, plate }: { seconds: number; plate: string }) =>
      `Vous pouvez révoquer le permis de ${plate} pendant ${seconds} secondes : Alt+Z.`,
    undoOfferedSeveral: ({ seconds, plate }: { seconds: number; plate: string }) =>
      `Vous pouvez révoquer le permis de ${plate} pendant ${seconds} secondes : Alt+Z passe au bouton Révoquer suivant, et Entrée le révoque.`,
    undoOver: "La révocation rapide n'est plus offerte. Pour annuler ce permis, ouvrez sa fiche.",
    voidedHeading: "Permis révoqué",
    voidedText: "Révoqué juste après l'émission : il est annulé, et OPSCOM n'a plus ce permis.",
    voidedAnnouncement: "Permis de {{plate}} révoqué : il est annulé, et OPSCOM ne l'a plus.",
    refusedUndoTitle: "Le permis n'a pas été révoqué",
    unconfirmedUndoTitle: "OPSCOM n'a pas confirmé la révocation",
    retryUndoTitle: "La révocation n'a pas abouti",
    retryAdvice: "Réessayer envoie la même révocation : OPSCOM ne la reçoit jamais deux fois.",
    unconfirmedAdvice:
      "Le permis est peut-être révoqué, ou peut-être pas. Consultez sa fiche avant de l'émettre de nouveau.",
  },
});

/** The feature's messages in one language, for the pure functions that word things. */
export type IssuePermitT = ReturnType<typeof issuePermitMessages.in>;
