import {
  NOTE_MAX_LENGTH,
  type PermitReconciliation,
  type PermitState,
  type UnconfirmedReason,
} from "@permit-desk/schema";
import { defineMessages } from "../../lib/i18n/messages.ts";
import { type Count, pluralFr } from "../../lib/i18n/plural.ts";

type Finding = PermitReconciliation["finding"];

const STATES_EN: Record<PermitState, string> = {
  pending: "Being sent",
  issued: "Issued",
  rejected: "Refused by OPSCOM",
  unknown: "Not confirmed",
  not_sent: "Not sent",
};
const STATES_FR: Record<PermitState, string> = {
  pending: "En cours d'envoi",
  issued: "Émis",
  rejected: "Refusé par OPSCOM",
  unknown: "Non confirmé",
  not_sent: "Non envoyé",
};

const MEANINGS_EN: Record<PermitState, string> = {
  pending: "Permit Desk is sending this permit to OPSCOM.",
  issued: "OPSCOM issued this permit.",
  rejected: "OPSCOM refused this permit: it does not exist.",
  unknown: "OPSCOM did not confirm — this permit may or may not exist.",
  not_sent: "OPSCOM could not be reached: nothing was sent, the permit does not exist.",
};
const MEANINGS_FR: Record<PermitState, string> = {
  pending: "Permit Desk envoie ce permis à OPSCOM.",
  issued: "OPSCOM a émis ce permis.",
  rejected: "OPSCOM a refusé ce permis : il n'existe pas.",
  unknown: "OPSCOM n'a pas confirmé — ce permis existe peut-être, ou peut-être pas.",
  not_sent: "OPSCOM n'a pas pu être joint : rien n'a été envoyé, le permis n'existe pas.",
};

const UNCONFIRMED_REASONS_EN: Record<UnconfirmedReason, string> = {
  timeout: "No answer in time",
  connection_lost: "The connection dropped before the answer",
  unreadable_answer: "The answer could not be read",
  contradictory_answer: "OPSCOM refused, yet its answer carried a permit reference",
  interrupted: "Permit Desk stopped before recording the answer",
};
const UNCONFIRMED_REASONS_FR: Record<UnconfirmedReason, string> = {
  timeout: "Aucune réponse à temps",
  connection_lost: "La connexion a été perdue avant la réponse",
  unreadable_answer: "Réponse illisible",
  contradictory_answer: "OPSCOM a refusé, mais sa réponse portait une référence de permis",
  interrupted: "Permit Desk s'est arrêté avant de consigner la réponse",
};

const FINDINGS_EN: Record<Finding, string> = {
  exists: "It exists in OPSCOM",
  absent: "It does not exist in OPSCOM",
};
const FINDINGS_FR: Record<Finding, string> = {
  exists: "Il existe dans OPSCOM",
  absent: "Il n'existe pas dans OPSCOM",
};

const permitsEn = (count: number) => (count === 1 ? "1 permit" : `${count} permits`);
// "permis" is the same in the plural; French uses the singular for 0 and 1.

type NoteLength = { count: number; max: number };
type NoteLimit = { max: number };
// The catalog's types do not make a caller give the limit: without one, a note's own.
const NOTE_LIMIT: NoteLimit = { max: NOTE_MAX_LENGTH };
const numberEn = (value: number) => new Intl.NumberFormat("en-CA").format(value);
const numberFr = (value: number) => new Intl.NumberFormat("fr-CA").format(value);

type Coverage = { plate: string; confirmed: number; uncertain: number };

export const historyMessages = defineMessages("history", {
  "en-CA": {
    title: "History",
    heading: "Permit history",
    submissions: "Submissions",
    noMatchingDays: "These days match no permit",
    lastDayBeforeFirst: "The last day is before the first day.",
    downloadCsv: "Download CSV",
    downloadCsvDetail: " of the permits matching these filters",
    filters: "Permit history",
    plateStartsWith: "Plate starts with",
    zone: "Zone",
    allZones: "All zones",
    state: "State",
    allStates: "All states",
    validBetween: "Valid at some time between",
    siteDays: "Days in site time, {{zone}}.",
    firstDay: "First day",
    lastDay: "Last day",
    lastDayIncluded: "This day is included.",
    applyFilters: "Apply filters",
    clearFilters: "Clear filters",
    endOfHistory: "End of the history for these filters.",
    loadingPermits: "Loading permits…",
    loadingMorePermits: "Loading more permits…",
    noPermits: "No permits match these filters.",
    moreCanBeLoaded: "More can be loaded.",
    loadedMore: ({ added, shown }: { added: number; shown: number }) =>
      `Loaded ${added} more. ${permitsEn(shown)} shown.`,
    shownNewestFirst: ({ count }: Count) => `${permitsEn(count)} shown, newest first.`,
    historyFailed: "The history could not be loaded",
    moreFailed: "More permits could not be loaded",
    tableCaption: "Permit submissions, newest first",
    plate: "Plate",
    validSiteTime: "Valid (site time)",
    amount: "Amount",
    submittedBy: "Submitted by",
    reference: "Reference",
    validTo: "to",
    foundInOpscomAs: "Found in OPSCOM as",
    stateLabel: ({ state }: { state: PermitState }) => STATES_EN[state],
    stateMeaning: ({ state }: { state: PermitState }) => MEANINGS_EN[state],
    findingLabel: ({ finding }: { finding: Finding }) => FINDINGS_EN[finding],
    findingSummary: ({ finding }: { finding: Finding }): string =>
      finding === "exists" ? "Checked: found in OPSCOM" : "Checked: not in OPSCOM",
    coverageHeading: "Is this plate covered now?",
    plateToCheck: "Plate to check",
    checkPlate: "Check plate",
    plateRequired: "Enter the licence plate to check.",
    checking: "Checking {{plate}}…",
    checkFailed: "Could not check {{plate}}: {{problem}}",
    checkedAt: "Checked at {{time}}.",
    coverUntil: "{{zone}}, until {{time}}",
    stateFoundInOpscomAs: "{{state}} · found in OPSCOM as",
    mayExistInOpscom: "{{state}} — may exist in OPSCOM",
    coverage: ({ plate, confirmed, uncertain }: Coverage) => {
      if (confirmed > 0 && uncertain > 0) {
        return `${plate} is covered now by ${permitsEn(confirmed)}, and ${uncertain} more may exist in OPSCOM.`;
      }
      if (confirmed > 0) return `${plate} is covered now by ${permitsEn(confirmed)}.`;
      if (uncertain > 0) {
        return `No confirmed permit for ${plate}, but ${permitsEn(uncertain)} may exist in OPSCOM: check before issuing another.`;
      }
      return `No active permit issued here for ${plate}.`;
    },
    backToHistory: "Back to history",
    recordTitle: "Permit record",
    loadingRecord: "Loading the record…",
    recordFailed: "This record could not be loaded",
    foundInOpscomAsLower: "found in OPSCOM as",
    permitSection: "Permit",
    sentSection: "Sent to OPSCOM",
    answerSection: "OPSCOM's answer",
    findingsSection: "Staff findings",
    validFrom: "Valid from",
    validUntil: "Valid until",
    permitNumber: "Permit number",
    submittedAt: "Submitted at",
    completedAt: "Completed at",
    notYet: "Not yet",
    journalEntry: "Journal entry",
    nothingSent: "Nothing was sent.",
    httpStatus: "HTTP status",
    errorCode: "Error code",
    reason: "Reason",
    unconfirmedReason: ({ reason }: { reason: UnconfirmedReason }) =>
      UNCONFIRMED_REASONS_EN[reason],
    detail: "Detail",
    asRecorded: "as recorded",
    duration: "Duration",
    rawAnswer: "Raw answer",
    noAnswer: "No answer was received.",
    noFindings: "Nobody has recorded what OPSCOM shows yet.",
    latestFinding: "Latest finding",
    recordedBy: "Recorded by {{who}}, {{time}}",
    supersededBy:
      "Superseded: OPSCOM's own answer came after this finding ({{time}}) and is what counts.",
    reconcileHeading: "Record what OPSCOM shows",
    reconcileIntro:
      "Look this permit up in OPSCOM, then record what you found. OPSCOM itself is not changed.",
    findingFailed: "The finding was not recorded",
    whatOpscomShows: "What does OPSCOM show?",
    referenceOpscomShows: "Reference OPSCOM shows",
    note: "Note",
    noteHint: ({ max }: NoteLimit = NOTE_LIMIT) =>
      `Optional: where you looked, who you asked. At most ${numberEn(max)} characters.`,
    noteCount: ({ count, max }: NoteLength) =>
      count > max
        ? `${numberEn(count)} characters: ${numberEn(count - max)} over the limit of ${numberEn(max)}. Shorten the note to record it.`
        : `${numberEn(count)} of ${numberEn(max)} characters.`,
    recording: "Recording…",
    recordFinding: "Record finding",
    findingRecorded: ({ finding, reference }: { finding: string; reference?: string }) =>
      reference === undefined
        ? `Finding recorded. ${finding}.`
        : `Finding recorded. ${finding}, reference ${reference}.`,
  },
  "fr-CA": {
    title: "Historique",
    heading: "Historique des permis",
    submissions: "Soumissions",
    noMatchingDays: "Ces jours ne correspondent à aucun permis",
    lastDayBeforeFirst: "Le dernier jour précède le premier jour.",
    downloadCsv: "Télécharger le CSV",
    downloadCsvDetail: " des permis correspondant à ces filtres",
    filters: "Historique des permis",
    plateStartsWith: "Plaque commençant par",
    zone: "Zone",
    allZones: "Toutes les zones",
    state: "État",
    allStates: "Tous les états",
    validBetween: "Valide à un moment entre",
    siteDays: "Jours à l'heure du site, {{zone}}.",
    firstDay: "Premier jour",
    lastDay: "Dernier jour",
    lastDayIncluded: "Ce jour est inclus.",
    applyFilters: "Appliquer les filtres",
    clearFilters: "Effacer les filtres",
    endOfHistory: "Fin de l'historique pour ces filtres.",
    loadingPermits: "Chargement des permis…",
    loadingMorePermits: "Chargement d'autres permis…",
    noPermits: "Aucun permis ne correspond à ces filtres.",
    moreCanBeLoaded: "D'autres peuvent être chargés.",
    loadedMore: ({ added, shown }: { added: number; shown: number }) =>
      `${pluralFr(added, `${added} permis de plus chargé`, `${added} permis de plus chargés`)}. ${pluralFr(shown, `${shown} permis affiché`, `${shown} permis affichés`)}.`,
    shownNewestFirst: ({ count }: Count) =>
      `${pluralFr(count, `${count} permis affiché`, `${count} permis affichés`)}, les plus récents d'abord.`,
    historyFailed: "L'historique n'a pas pu être chargé",
    moreFailed: "Les permis suivants n'ont pas pu être chargés",
    tableCaption: "Soumissions de permis, les plus récentes d'abord",
    plate: "Plaque",
    validSiteTime: "Validité (heure du site)",
    amount: "Montant",
    submittedBy: "Soumis par",
    reference: "Référence",
    validTo: "au",
    foundInOpscomAs: "Trouvé dans OPSCOM sous",
    stateLabel: ({ state }: { state: PermitState }) => STATES_FR[state],
    stateMeaning: ({ state }: { state: PermitState }) => MEANINGS_FR[state],
    findingLabel: ({ finding }: { finding: Finding }) => FINDINGS_FR[finding],
    findingSummary: ({ finding }: { finding: Finding }): string =>
      finding === "exists" ? "Vérifié : trouvé dans OPSCOM" : "Vérifié : absent d'OPSCOM",
    coverageHeading: "Cette plaque est-elle couverte en ce moment?",
    plateToCheck: "Plaque à vérifier",
    checkPlate: "Vérifier la plaque",
    plateRequired: "Entrez la plaque d'immatriculation à vérifier.",
    checking: "Vérification de {{plate}}…",
    checkFailed: "Impossible de vérifier {{plate}} : {{problem}}",
    checkedAt: "Vérifié le {{time}}.",
    coverUntil: "{{zone}}, jusqu'au {{time}}",
    stateFoundInOpscomAs: "{{state}} · trouvé dans OPSCOM sous",
    mayExistInOpscom: "{{state}} — existe peut-être dans OPSCOM",
    coverage: ({ plate, confirmed, uncertain }: Coverage) => {
      const permits = (count: number) => `${count} permis`;
      if (confirmed > 0 && uncertain > 0) {
        const more = pluralFr(
          uncertain,
          `${uncertain} autre existe peut-être`,
          `${uncertain} autres existent peut-être`,
        );
        return `${plate} est couverte en ce moment par ${permits(confirmed)}, et ${more} dans OPSCOM.`;
      }
      if (confirmed > 0) return `${plate} est couverte en ce moment par ${permits(confirmed)}.`;
      if (uncertain > 0) {
        const may = pluralFr(uncertain, "existe peut-être", "existent peut-être");
        return `Aucun permis confirmé pour ${plate}, mais ${permits(uncertain)} ${may} dans OPSCOM : vérifiez avant d'en émettre un autre.`;
      }
      return `Aucun permis actif émis ici pour ${plate}.`;
    },
    backToHistory: "Retour à l'historique",
    recordTitle: "Dossier du permis",
    loadingRecord: "Chargement du dossier…",
    recordFailed: "Ce dossier n'a pas pu être chargé",
    foundInOpscomAsLower: "trouvé dans OPSCOM sous",
    permitSection: "Permis",
    sentSection: "Envoyé à OPSCOM",
    answerSection: "Réponse d'OPSCOM",
    findingsSection: "Constatations du personnel",
    validFrom: "Valide à partir de",
    validUntil: "Valide jusqu'à",
    permitNumber: "Numéro de permis",
    submittedAt: "Soumis le",
    completedAt: "Terminé le",
    notYet: "Pas encore",
    journalEntry: "Entrée du journal",
    nothingSent: "Rien n'a été envoyé.",
    httpStatus: "Statut HTTP",
    errorCode: "Code d'erreur",
    reason: "Motif",
    unconfirmedReason: ({ reason }: { reason: UnconfirmedReason }) =>
      UNCONFIRMED_REASONS_FR[reason],
    detail: "Détail",
    asRecorded: "tel que consigné",
    duration: "Durée",
    rawAnswer: "Réponse brute",
    noAnswer: "Aucune réponse n'a été reçue.",
    noFindings: "Personne n'a encore consigné ce qu'affiche OPSCOM.",
    latestFinding: "Dernière constatation",
    recordedBy: "Consigné par {{who}}, le {{time}}",
    supersededBy:
      "Remplacée : la réponse d'OPSCOM est arrivée après cette constatation (le {{time}}) et c'est elle qui compte.",
    reconcileHeading: "Consigner ce qu'affiche OPSCOM",
    reconcileIntro:
      "Cherchez ce permis dans OPSCOM, puis consignez ce que vous avez trouvé. OPSCOM lui-même n'est pas modifié.",
    findingFailed: "La constatation n'a pas été consignée",
    whatOpscomShows: "Qu'affiche OPSCOM?",
    referenceOpscomShows: "Référence affichée par OPSCOM",
    note: "Note",
    noteHint: ({ max }: NoteLimit = NOTE_LIMIT) =>
      `Facultatif : où vous avez cherché, à qui vous avez demandé. Au plus ${numberFr(max)} caractères.`,
    noteCount: ({ count, max }: NoteLength) =>
      count > max
        ? `${numberFr(count)} caractères : ${numberFr(count - max)} de plus que la limite de ${numberFr(max)}. Raccourcissez la note pour la consigner.`
        : `${pluralFr(count, `${numberFr(count)} caractère`, `${numberFr(count)} caractères`)} sur ${numberFr(max)}.`,
    recording: "Enregistrement…",
    recordFinding: "Consigner la constatation",
    findingRecorded: ({ finding, reference }: { finding: string; reference?: string }) =>
      reference === undefined
        ? `Constatation consignée. ${finding}.`
        : `Constatation consignée. ${finding}, référence ${reference}.`,
  },
});

export type HistoryWords = ReturnType<typeof historyMessages.in>;
