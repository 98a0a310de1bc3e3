import type {
  ChangeFinding,
  ChangeKind,
  OutcomeDetailParams,
  OwnOutcomeDetailCode,
  PermitChangeState,
  PermitReconciliation,
  UnconfirmedReason,
} from "@permit-desk/schema";
import { defineMessages, type WordPairs } from "../../lib/i18n/messages.ts";
import { pluralFr } from "../../lib/i18n/plural.ts";

const KIND: WordPairs<ChangeKind> = {
  correct: ["Correction", "Correction"],
  extend: ["Extension", "Prolongation"],
  void: ["Void", "Annulation"],
};

const CHANGE_STATE: WordPairs<PermitChangeState> = {
  pending: ["Being sent", "En cours d'envoi"],
  applied: ["Done in OPSCOM", "Faite dans OPSCOM"],
  rejected: ["Refused by OPSCOM", "Refusée par OPSCOM"],
  unknown: ["Not confirmed", "Non confirmée"],
  not_sent: ["Not sent", "Non envoyée"],
};

const FINDING: WordPairs<ChangeFinding> = {
  applied: ["OPSCOM shows the change", "OPSCOM affiche la modification"],
  not_applied: ["OPSCOM does not show the change", "OPSCOM n'affiche pas la modification"],
};

const CHECKED: WordPairs<ChangeFinding> = {
  applied: ["Checked: done in OPSCOM", "Vérifiée : faite dans OPSCOM"],
  not_applied: ["Checked: not done in OPSCOM", "Vérifiée : pas faite dans OPSCOM"],
};

type Window = { minutes: number; time: string };
const minutesEn = (minutes: number) => (minutes === 1 ? "1 minute" : `${minutes} minutes`);
const minutesFr = (minutes: number) => (minutes < 2 ? `${minutes} minute` : `${minutes} minutes`);

type Finding = PermitReconciliation["finding"];

const UNCONFIRMED_REASONS: WordPairs<UnconfirmedReason> = {
  timeout: ["No answer in time", "Aucune réponse à temps"],
  connection_lost: [
    "The connection dropped before the answer",
    "La connexion a été perdue avant la réponse",
  ],
  unreadable_answer: ["The answer could not be read", "Réponse illisible"],
  contradictory_answer: [
    "OPSCOM refused, yet its answer carried a permit reference",
    "OPSCOM a refusé, mais sa réponse portait une référence de permis",
  ],
  interrupted: [
    "Permit Desk stopped before recording the answer",
    "Permit Desk s'est arrêté avant de consigner la réponse",
  ],
};

const FINDINGS: WordPairs<Finding> = {
  exists: ["It exists in OPSCOM", "Il existe dans OPSCOM"],
  absent: ["It does not exist in OPSCOM", "Il n'existe pas dans OPSCOM"],
};

type NoteLength = { count: number; max: number };
const numberEn = (value: number) => new Intl.NumberFormat("en-CA").format(value);
const numberFr = (value: number) => new Intl.NumberFormat("fr-CA").format(value);

/** One of Permit Desk's own details of an outcome, as a record carries it. */
export type OwnOutcomeDetail = {
  code: OwnOutcomeDetailCode;
  params?: Record<string, string | number> | undefined;
};
type OutcomeDetailWords = {
  [C in OwnOutcomeDetailCode]: string | ((params: OutcomeDetailParams<C>) => string);
};
const attemptsEn = (attempts: string | number) =>
  `${attempts} ${Number(attempts) === 1 ? "attempt" : "attempts"}`;
const attemptsFr = (attempts: string | number) =>
  `${attempts} ${Number(attempts) < 2 ? "tentative" : "tentatives"}`;

const OUTCOME_DETAILS_EN: OutcomeDetailWords = {
  interrupted_before_recording: "interrupted before OPSCOM's answer was recorded",
  deadline_before_sending: ({ attempts }) =>
    `deadline passed before sending (${attemptsEn(attempts)})`,
  connection_not_made: ({ error, attempts }) => `${error} (${attemptsEn(attempts)})`,
  no_answer_in_time: ({ timeoutMs }) => `no answer within ${timeoutMs} ms`,
  answer_not_json_object: ({ httpStatus }) => `HTTP ${httpStatus}, not a JSON object`,
  answer_without_reference: ({ httpStatus }) => `HTTP ${httpStatus}, no usable reference_id`,
  answer_with_unusable_reference: ({ httpStatus, references }) =>
    `HTTP ${httpStatus}, no single usable reference (${references})`,
  refusal_with_reference: ({ httpStatus, reference }) =>
    `HTTP ${httpStatus}, a refusal carrying the reference ${reference}`,
};
const OUTCOME_DETAILS_FR: OutcomeDetailWords = {
  interrupted_before_recording: "interrompu avant que la réponse d'OPSCOM soit consignée",
  deadline_before_sending: ({ attempts }) => `délai écoulé avant l'envoi (${attemptsFr(attempts)})`,
  connection_not_made: ({ error, attempts }) => `${error} (${attemptsFr(attempts)})`,
  no_answer_in_time: ({ timeoutMs }) => `aucune réponse en ${numberFr(Number(timeoutMs))} ms`,
  answer_not_json_object: ({ httpStatus }) =>
    `HTTP ${httpStatus} : la réponse n'est pas un objet JSON`,
  answer_without_reference: ({ httpStatus }) =>
    `HTTP ${httpStatus} : la réponse n'a pas de reference_id utilisable`,
  answer_with_unusable_reference: ({ httpStatus, references }) =>
    `HTTP ${httpStatus} : aucune référence unique utilisable (${references})`,
  refusal_with_reference: ({ httpStatus, reference }) =>
    `HTTP ${httpStatus} : un refus portant la référence ${reference}`,
};

function detailIn(words: OutcomeDetailWords, { code, params }: OwnOutcomeDetail): string {
  const wording = words[code];
  if (typeof wording === "string") return wording;
  return (wording as (params: Record<string, string | number>) => string)(params ?? {});
}

/** The words of a permit's record: its state now, its changes, what was sent, OPSCOM's answer, findings. */
export const permitRecordMessages = defineMessages("permitRecord", {
  "en-CA": {
    nowHeading: "Permit now",
    voidedOn: "Voided on {{time}} by {{who}}.",
    correctedOn: "Last corrected on {{time}}.",
    extendedOn: "Last extended on {{time}}.",
    printSlipAgain: "Print slip again",
    plateInNumber: "Put the new plate in the permit number too:",
    oldPlateInNumber: "The permit number will still contain the old plate, {{plate}}.",
    extend: "Extend",
    correct: "Correct",
    void: "Void",
    extendTitle: "Extend this permit",
    correctTitle: "Correct this permit",
    voidTitle: "Void this permit",
    escapeHint: "Escape closes this form without changing anything.",
    extendSubmit: "Extend permit",
    correctSubmit: "Correct permit",
    voidSubmit: "Void permit",
    sending: "Sending to OPSCOM…",
    dismiss: "Cancel",
    reasonLabel: "Reason",
    reasonHint: "Required. Kept in the permit's record with your name.",
    newEnd: "New end",
    currentEnd: "Now valid until {{time}}.",
    plusHours: ({ hours, end }: { hours: number; end: string }) =>
      hours === 1 ? `1 more hour, until ${end}` : `${hours} more hours, until ${end}`,
    plusDays: ({ days, end }: { days: number; end: string }) =>
      days === 1 ? `1 more day, until ${end}` : `${days} more days, until ${end}`,
    chosenEnd: "Until a time I choose",
    validUntil: "Valid until",
    siteTime: "Site time, {{zone}}.",
    licencePlate: "Licence plate",
    zone: "Zone",
    validFrom: "Valid from",
    permitNo: "Permit number",
    permitNumberHint: "OPSCOM can replace a permit number, not remove it.",
    correctIntro: "Change what is wrong; what you leave as it is stays as it is.",
    voidWarning:
      "Voiding deletes this permit in OPSCOM: the vehicle is no longer covered. It cannot be taken back.",
    extended: "Permit extended until {{time}}.",
    correctedDone: "Permit corrected.",
    voided: "Permit voided.",
    failRefused: "The change was not made",
    failForbidden: "You may not make this change",
    failUnconfirmed: "OPSCOM did not confirm the change",
    failUnconfirmedManager:
      "Look the permit up in OPSCOM, then record what it shows under the change, in the list of changes.",
    failUnconfirmedStaff:
      "Ask a manager to check OPSCOM and record what it shows; until then the permit cannot change.",
    unconfirmedTryAgain:
      "Trying again asks Permit Desk what it knows now; the change is never sent twice.",
    settledSince: "Since then, staff checked OPSCOM. {{finding}}.",
    failRetry: "The change did not go through",
    retryAdvice:
      "Trying again sends the same change under the same key: OPSCOM never gets it twice.",
    blockWindowClosed: ({ minutes, time }: Window) =>
      `You can change your own permits until ${minutesEn(minutes)} after they start; this one started ${time}. Ask a manager.`,
    windowOpen: ({ minutes, time }: Window) =>
      `You can change this permit until ${time}, ${minutesEn(minutes)} after its start.`,
    changesSection: "Changes",
    noChanges: "No corrections, extensions or voids.",
    kind: ({ kind }: { kind: ChangeKind }) => KIND[kind][0],
    byWhom: "By {{who}}, {{time}}",
    changeState: ({ state }: { state: PermitChangeState }) => CHANGE_STATE[state][0],
    changeReason: "Reason:",
    becomes: "becomes",
    details: "What was sent, and OPSCOM's answer",
    sentToOpscom: "Sent to OPSCOM",
    opscomAnswer: "OPSCOM's answer",
    findings: "Findings",
    changeFindingLabel: ({ finding }: { finding: ChangeFinding }) => FINDING[finding][0],
    findingSummary: ({ finding }: { finding: ChangeFinding }) => CHECKED[finding][0],
    recordedBy: "Recorded by {{who}}, {{time}}",
    supersededBy:
      "Superseded: OPSCOM's own answer came after this finding ({{time}}) and is what counts.",
    changeReconcileHeading: "Check this change in OPSCOM",
    changeReconcileIntro:
      "Look the permit up in OPSCOM and record whether it shows this change. OPSCOM itself is not changed.",
    whatOpscomShows: "What does OPSCOM show?",
    note: "Note",
    changeNoteHint: "Optional: what you saw, who you asked.",
    recordFinding: "Record finding",
    recording: "Recording…",
    findingFailed: "The finding was not recorded",
    changeFindingRecorded: "Finding recorded. {{finding}}.",
    // The record: its facts, what was sent, OPSCOM's answer, staff findings
    state: "State",
    plate: "Plate",
    amount: "Amount",
    submittedBy: "Submitted by",
    reference: "Reference",
    findingLabel: ({ finding }: { finding: Finding }) => FINDINGS[finding][0],
    backToHistory: "Back to history",
    recordTitle: "Permit record",
    loadingRecord: "Loading the record…",
    recordFailed: "This record could not be loaded",
    foundInOpscomAsLower: "found in OPSCOM as",
    permitSection: "Permit",
    permitSectionAsSubmitted: "Permit as first submitted",
    asSubmittedNote:
      "Changed since: what the permit is now (its plate, times and number) is at the top of this page.",
    findingsSection: "Staff findings",
    submittedAt: "Submitted at",
    completedAt: "Completed at",
    notYet: "Not yet",
    journalEntry: "Journal entry",
    nothingSent: "Nothing was sent.",
    httpStatus: "HTTP status",
    errorCode: "Error code",
    reason: "Reason",
    unconfirmedReason: ({ reason }: { reason: UnconfirmedReason }) =>
      UNCONFIRMED_REASONS[reason][0],
    detail: "Detail",
    outcomeDetail: (detail: OwnOutcomeDetail) => detailIn(OUTCOME_DETAILS_EN, detail),
    asRecorded: "as recorded",
    duration: "Duration",
    rawAnswer: "Raw answer",
    noAnswer: "No answer was received.",
    noFindings: "Nobody has recorded what OPSCOM shows yet.",
    latestFinding: "Latest finding",
    reconcileHeading: "Record what OPSCOM shows",
    reconcileIntro:
      "Look this permit up in OPSCOM, then record what you found. OPSCOM itself is not changed.",
    referenceOpscomShows: "Reference OPSCOM shows",
    noteHint: ({ max }: { max: number }) =>
      `Optional: where you looked, who you asked. At most ${numberEn(max)} characters.`,
    noteCount: ({ count, max }: NoteLength) =>
      count > max
        ? `${numberEn(count)} characters: ${numberEn(count - max)} over the limit of ${numberEn(max)}. Shorten the note to record it.`
        : `${numberEn(count)} of ${numberEn(max)} characters.`,
    findingRecorded: ({ finding, reference }: { finding: string; reference?: string }) =>
      reference === undefined
        ? `Finding recorded. ${finding}.`
        : `Finding recorded. ${finding}, reference ${reference}.`,
  },
  "fr-CA": {
    nowHeading: "Le permis en ce moment",
    voidedOn: "Annulé le {{time}} par {{who}}.",
    correctedOn: "Dernière correction le {{time}}.",
    extendedOn: "Dernière prolongation le {{time}}.",
    printSlipAgain: "Imprimer la fiche de nouveau",
    plateInNumber: "Mettre aussi la nouvelle plaque dans le numéro de permis :",
    oldPlateInNumber: "Le numéro de permis contiendra encore l'ancienne plaque, {{plate}}.",
    extend: "Prolonger",
    correct: "Corriger",
    void: "Annuler le permis",
    extendTitle: "Prolonger ce permis",
    correctTitle: "Corriger ce permis",
    voidTitle: "Annuler ce permis",
    escapeHint: "Échap ferme ce formulaire sans rien changer.",
    extendSubmit: "Prolonger le permis",
    correctSubmit: "Corriger le permis",
    voidSubmit: "Annuler le permis",
    sending: "Envoi à OPSCOM…",
    dismiss: "Ne rien changer",
    reasonLabel: "Motif",
    reasonHint: "Obligatoire. Conservée dans le dossier du permis avec votre nom.",
    newEnd: "Nouvelle fin",
    currentEnd: "Valide en ce moment jusqu'au {{time}}.",
    plusHours: ({ hours, end }: { hours: number; end: string }) =>
      hours < 2
        ? `${hours} heure de plus, jusqu'au ${end}`
        : `${hours} heures de plus, jusqu'au ${end}`,
    plusDays: ({ days, end }: { days: number; end: string }) =>
      days < 2 ? `${days} jour de plus, jusqu'au ${end}` : `${days} jours de plus, jusqu'au ${end}`,
    chosenEnd: "Jusqu'à une heure de mon choix",
    validUntil: "Valide jusqu'à",
    siteTime: "Heure du site, {{zone}}.",
    licencePlate: "Plaque d'immatriculation",
    zone: "Zone",
    validFrom: "Valide à partir de",
    permitNo: "Numéro de permis",
    permitNumberHint: "OPSCOM peut remplacer un numéro de permis, pas le retirer.",
    correctIntro: "Changez ce qui est erroné; ce que vous laissez tel quel reste tel quel.",
    voidWarning:
      "L'annulation supprime ce permis dans OPSCOM : le véhicule n'est plus couvert. Elle ne peut pas être reprise.",
    extended: "Permis prolongé jusqu'au {{time}}.",
    correctedDone: "Permis corrigé.",
    voided: "Permis annulé.",
    failRefused: "La modification n'a pas été faite",
    failForbidden: "Vous ne pouvez pas faire cette modification",
    failUnconfirmed: "OPSCOM n'a pas confirmé la modification",
    failUnconfirmedManager:
      "Cherchez le permis dans OPSCOM, puis consignez ce qu'il affiche sous la modification, dans la liste des modifications.",
    failUnconfirmedStaff:
      "Demandez à un gestionnaire de vérifier dans OPSCOM et de consigner ce qu'il affiche; d'ici là, le permis ne peut pas changer.",
    unconfirmedTryAgain:
      "Réessayer demande à Permit Desk ce qu'il sait maintenant; la modification n'est jamais envoyée deux fois.",
    settledSince: "Depuis, le personnel a vérifié dans OPSCOM. {{finding}}.",
    failRetry: "La modification n'a pas abouti",
    retryAdvice:
      "Réessayer envoie la même modification sous la même clé : OPSCOM ne la reçoit jamais deux fois.",
    blockWindowClosed: ({ minutes, time }: Window) =>
      `Vous pouvez modifier vos propres permis jusqu'à ${minutesFr(minutes)} après leur début; celui-ci a commencé le ${time}. Demandez à un gestionnaire.`,
    windowOpen: ({ minutes, time }: Window) =>
      `Vous pouvez modifier ce permis jusqu'au ${time}, ${minutesFr(minutes)} après son début.`,
    changesSection: "Modifications",
    noChanges: "Aucune correction, prolongation ni annulation.",
    kind: ({ kind }: { kind: ChangeKind }) => KIND[kind][1],
    byWhom: "Par {{who}}, le {{time}}",
    changeState: ({ state }: { state: PermitChangeState }) => CHANGE_STATE[state][1],
    changeReason: "Motif :",
    becomes: "devient",
    details: "Ce qui a été envoyé, et la réponse d'OPSCOM",
    sentToOpscom: "Envoyé à OPSCOM",
    opscomAnswer: "Réponse d'OPSCOM",
    findings: "Constatations",
    changeFindingLabel: ({ finding }: { finding: ChangeFinding }) => FINDING[finding][1],
    findingSummary: ({ finding }: { finding: ChangeFinding }) => CHECKED[finding][1],
    recordedBy: "Consigné par {{who}}, le {{time}}",
    supersededBy:
      "Remplacée : la réponse d'OPSCOM est arrivée après cette constatation (le {{time}}) et c'est elle qui compte.",
    changeReconcileHeading: "Vérifier cette modification dans OPSCOM",
    changeReconcileIntro:
      "Cherchez le permis dans OPSCOM et consignez s'il affiche cette modification. OPSCOM lui-même n'est pas modifié.",
    whatOpscomShows: "Qu'affiche OPSCOM?",
    note: "Note",
    changeNoteHint: "Facultatif : ce que vous avez vu, à qui vous avez demandé.",
    recordFinding: "Consigner la constatation",
    recording: "Enregistrement…",
    findingFailed: "La constatation n'a pas été consignée",
    changeFindingRecorded: "Constatation consignée. {{finding}}.",
    // The record: its facts, what was sent, OPSCOM's answer, staff findings
    state: "État",
    plate: "Plaque",
    amount: "Montant",
    submittedBy: "Soumis par",
    reference: "Référence",
    findingLabel: ({ finding }: { finding: Finding }) => FINDINGS[finding][1],
    backToHistory: "Retour à l'historique",
    recordTitle: "Dossier du permis",
    loadingRecord: "Chargement du dossier…",
    recordFailed: "Ce dossier n'a pas pu être chargé",
    foundInOpscomAsLower: "trouvé dans OPSCOM sous",
    permitSection: "Permis",
    permitSectionAsSubmitted: "Permis tel que soumis au départ",
    asSubmittedNote:
      "Modifié depuis : ce qu'est le permis maintenant (plaque, heures et numéro) figure en haut de cette page.",
    findingsSection: "Constatations du personnel",
    submittedAt: "Soumis le",
    completedAt: "Terminé le",
    notYet: "Pas encore",
    journalEntry: "Entrée du journal",
    nothingSent: "Rien n'a été envoyé.",
    httpStatus: "Statut HTTP",
    errorCode: "Code d'erreur",
    reason: "Motif",
    unconfirmedReason: ({ reason }: { reason: UnconfirmedReason }) =>
      UNCONFIRMED_REASONS[reason][1],
    detail: "Détail",
    outcomeDetail: (detail: OwnOutcomeDetail) => detailIn(OUTCOME_DETAILS_FR, detail),
    asRecorded: "tel que consigné",
    duration: "Durée",
    rawAnswer: "Réponse brute",
    noAnswer: "Aucune réponse n'a été reçue.",
    noFindings: "Personne n'a encore consigné ce qu'affiche OPSCOM.",
    latestFinding: "Dernière constatation",
    reconcileHeading: "Consigner ce qu'affiche OPSCOM",
    reconcileIntro:
      "Cherchez ce permis dans OPSCOM, puis consignez ce que vous avez trouvé. OPSCOM lui-même n'est pas modifié.",
    referenceOpscomShows: "Référence affichée par OPSCOM",
    noteHint: ({ max }: { max: number }) =>
      `Facultatif : où vous avez cherché, à qui vous avez demandé. Au plus ${numberFr(max)} caractères.`,
    noteCount: ({ count, max }: NoteLength) =>
      count > max
        ? `${numberFr(count)} caractères : ${numberFr(count - max)} de plus que la limite de ${numberFr(max)}. Raccourcissez la note pour la consigner.`
        : `${pluralFr(count, `${numberFr(count)} caractère`, `${numberFr(count)} caractères`)} sur ${numberFr(max)}.`,
    findingRecorded: ({ finding, reference }: { finding: string; reference?: string }) =>
      reference === undefined
        ? `Constatation consignée. ${finding}.`
        : `Constatation consignée. ${finding}, référence ${reference}.`,
  },
});

export type PermitRecordWords = ReturnType<typeof permitRecordMessages.in>;
