import type { BatchState, PermitDraftField } from "@permit-desk/schema";
import { defineMessages, type WordPairs } from "../../lib/i18n/messages.ts";
import { type Count, plural, pluralFr } from "../../lib/i18n/plural.ts";

/** Each field of a list's row, English then French: the table's headings and its fields' labels. */
export const FIELD_WORDS: WordPairs<PermitDraftField> = {
  plate: ["Plate", "Plaque"],
  zone: ["Zone", "Zone"],
  validFrom: ["Valid from", "Valide du"],
  validUntil: ["Valid until", "Valide jusqu'au"],
  amount: ["Amount", "Montant"],
  currency: ["Currency", "Devise"],
  permitNo: ["Permit no.", "No de permis"],
};

export const STATE_WORDS: WordPairs<BatchState> = {
  ready: ["Not started", "Pas commencée"],
  running: ["Issuing", "En cours"],
  paused: ["Paused", "En pause"],
  done: ["Done", "Terminée"],
};

type Cell = { field: string; position: number };

/** A sentence ending in a word that ends with its own full stop ("Permit no.") takes no second. */
const endSentence = (text: string) => (text.endsWith(".") ? text : `${text}.`);
type Progress = { done: number; total: number };

export const listsMessages = defineMessages("lists", {
  "en-CA": {
    title: "Issue from a list",
    intro:
      "Paste rows or open a CSV file: a plate a row, with any of zone, start, end, amount, currency and permit number. Columns may be named as in Permit Desk or as OPSCOM names them (LicencePlate, ParkingZoneName, StartDateUtc…). Nothing is sent before you have seen the preview.",
    listHeading: "The list",
    pasteLabel: "Rows to issue",
    pasteHint:
      "Copied from a spreadsheet or typed, with a first row of column names; a list of plates alone, one a line, needs none.",
    fileLabel: "Or open a CSV file",
    valuesHeading: "What a row does not say",
    template: "Template",
    noTemplate: "No template",
    zone: "Zone",
    validFrom: "Valid from",
    validUntil: "Valid until",
    check: "Check the list",
    checking: "Checking…",
    checkFailed: "The list could not be checked",
    notRead: "No row could be read: give a plate a line, or a first row naming the columns.",
    columnsRead: ({ columns, ignored }: { columns: string; ignored: string }) =>
      ignored === ""
        ? endSentence(`Columns read: ${columns}`)
        : `Columns read: ${columns}. ${endSentence(`Not used: ${ignored}`)}`,
    previewHeading: "Preview",
    totalRows: "Rows",
    totalToIssue: "To issue",
    totalRefused: "Refused",
    totalWarned: "To look at",
    totalLeftOut: "Left out",
    totalAmount: "Amount",
    free: "None",
    rowsCaption: "The list's rows: refused first, then those to look at, then the others",
    row: "Row",
    findings: "Problems and warnings",
    leaveOut: "Leave out",
    leaveOutRow: ({ position }: { position: number }) => `Leave out row ${position}`,
    cellLabel: ({ field, position }: Cell) => `${field}, row ${position}`,
    fixHint: "Correct a value and leave the field: the list is checked again.",
    ok: "Ready",
    timeNotRead: ({ value }: { value: string }) =>
      `“${value}” is not a time read here: write it year first, as 2026-12-07 09:00 (the site's time; UTC under StartDateUtc and EndDateUtc), or with its zone, as 2026-12-07T14:00Z.`,
    showMore: ({ count }: Count) => `Show ${count} more ${plural(count, "row", "rows")}`,
    issue: ({ count }: Count) => `Issue ${count} ${plural(count, "permit", "permits")}`,
    issueFailed: "The list could not be issued",
    progressHeading: "Progress",
    progressLabel: "Rows sent to OPSCOM",
    progressText: ({ done, total }: Progress) => `${done} of ${total}`,
    sent: "Sent",
    issued: "Issued",
    refusedByOpscom: "Refused by OPSCOM",
    refusedOnArrival: "Refused before sending",
    unknown: "Not confirmed",
    notSent: "Not sent",
    waiting: "Waiting",
    rate: "Rate",
    ratePerSecond: ({ rate }: { rate: string }) => `${rate} rows a second`,
    timeLeft: "Time left",
    whilePaused: "— (paused)",
    secondsLeft: ({ count }: Count) => `about ${count} ${plural(count, "second", "seconds")}`,
    pause: "Pause",
    resume: "Resume",
    stateFailed: "The list's state could not be changed",
    download: "Download the result (CSV)",
    resultHint:
      "Each row keeps its number in the list: a number missing was left out. A row not issued has its reason: the checks' own, OPSCOM's refusal (opscom_ and its code), opscom_unconfirmed when OPSCOM's answer was lost, opscom_not_reached when OPSCOM could not be reached.",
    unknownHint:
      "Rows not confirmed (opscom_unconfirmed in the result) may be held by OPSCOM: they are listed in the history for a finding.",
    recentHeading: "Recent lists",
    recentCaption: "Lists issued recently, newest first",
    noneYet: "No list has been issued yet.",
    recentFailed: "The lists could not be loaded",
    created: "Created",
    rows: "Rows",
    zones: "Zones",
    state: "State",
    open: "Open",
    actions: "Action",
    openList: ({ date }: { date: string }) => `Open the list of ${date}`,
    newList: "Start another list",
  },
  "fr-CA": {
    title: "Émettre depuis une liste",
    intro:
      "Collez des lignes ou ouvrez un fichier CSV : une plaque par ligne, avec au besoin la zone, le début, la fin, le montant, la devise et le numéro de permis. Les colonnes peuvent porter les noms de Permit Desk ou ceux d'OPSCOM (LicencePlate, ParkingZoneName, StartDateUtc…). Rien n'est envoyé avant que vous ayez vu l'aperçu.",
    listHeading: "La liste",
    pasteLabel: "Lignes à émettre",
    pasteHint:
      "Copiées d'un tableur ou tapées, avec une première ligne de noms de colonnes; une liste de plaques seules, une par ligne, n'en a pas besoin.",
    fileLabel: "Ou ouvrez un fichier CSV",
    valuesHeading: "Ce qu'une ligne ne précise pas",
    template: "Modèle",
    noTemplate: "Aucun modèle",
    zone: "Zone",
    validFrom: "Valide du",
    validUntil: "Valide jusqu'au",
    check: "Vérifier la liste",
    checking: "Vérification…",
    checkFailed: "La liste n'a pas pu être vérifiée",
    notRead:
      "Aucune ligne n'a pu être lue : donnez une plaque par ligne, ou une première ligne qui nomme les colonnes.",
    columnsRead: ({ columns, ignored }: { columns: string; ignored: string }) =>
      ignored === ""
        ? endSentence(`Colonnes lues : ${columns}`)
        : `Colonnes lues : ${columns}. ${endSentence(`Non utilisées : ${ignored}`)}`,
    previewHeading: "Aperçu",
    totalRows: "Lignes",
    totalToIssue: "À émettre",
    totalRefused: "Refusées",
    totalWarned: "À vérifier",
    totalLeftOut: "Mises de côté",
    totalAmount: "Montant",
    free: "Aucun",
    rowsCaption:
      "Les lignes de la liste : refusées d'abord, puis celles à vérifier, puis les autres",
    row: "Ligne",
    findings: "Problèmes et avertissements",
    leaveOut: "Mettre de côté",
    leaveOutRow: ({ position }: { position: number }) => `Mettre de côté la ligne ${position}`,
    cellLabel: ({ field, position }: Cell) => `${field}, ligne ${position}`,
    fixHint: "Corrigez une valeur et quittez le champ : la liste est vérifiée de nouveau.",
    ok: "Prête",
    timeNotRead: ({ value }: { value: string }) =>
      `« ${value} » n'est pas une heure lisible ici : écrivez-la l'année d'abord, comme 2026-12-07 09:00 (heure du site; UTC sous StartDateUtc et EndDateUtc), ou avec son fuseau, comme 2026-12-07T14:00Z.`,
    showMore: ({ count }: Count) =>
      `Afficher ${count} ${pluralFr(count, "ligne", "lignes")} de plus`,
    issue: ({ count }: Count) => `Émettre ${count} ${pluralFr(count, "permis", "permis")}`,
    issueFailed: "La liste n'a pas pu être émise",
    progressHeading: "Avancement",
    progressLabel: "Lignes envoyées à OPSCOM",
    progressText: ({ done, total }: Progress) => `${done} sur ${total}`,
    sent: "Envoyées",
    issued: "Émis",
    refusedByOpscom: "Refusées par OPSCOM",
    refusedOnArrival: "Refusées avant l'envoi",
    unknown: "Non confirmées",
    notSent: "Non envoyées",
    waiting: "En attente",
    rate: "Débit",
    ratePerSecond: ({ rate }: { rate: string }) => `${rate} lignes par seconde`,
    timeLeft: "Temps restant",
    whilePaused: "— (en pause)",
    secondsLeft: ({ count }: Count) => `environ ${count} ${pluralFr(count, "seconde", "secondes")}`,
    pause: "Pause",
    resume: "Reprendre",
    stateFailed: "L'état de la liste n'a pas pu être changé",
    download: "Télécharger le résultat (CSV)",
    resultHint:
      "Chaque ligne garde son numéro dans la liste : un numéro absent a été mis de côté. Une ligne non émise porte sa raison : celle des vérifications, le refus d'OPSCOM (opscom_ et son code), opscom_unconfirmed quand la réponse d'OPSCOM a été perdue, opscom_not_reached quand OPSCOM n'a pu être joint.",
    unknownHint:
      "Les lignes non confirmées (opscom_unconfirmed dans le résultat) sont peut-être détenues par OPSCOM : elles sont listées dans l'historique pour une constatation.",
    recentHeading: "Listes récentes",
    recentCaption: "Les listes émises récemment, la plus récente d'abord",
    noneYet: "Aucune liste n'a encore été émise.",
    recentFailed: "Les listes n'ont pas pu être chargées",
    created: "Créée",
    rows: "Lignes",
    zones: "Zones",
    state: "État",
    open: "Ouvrir",
    actions: "Action",
    openList: ({ date }: { date: string }) => `Ouvrir la liste du ${date}`,
    newList: "Commencer une autre liste",
  },
});
