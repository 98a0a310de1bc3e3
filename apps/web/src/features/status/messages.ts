import type { OpscomEndpoint, OpscomFailure, OutcomeDetailCode } from "@permit-desk/schema";
import { defineMessages, type WordPairs } from "../../lib/i18n/messages.ts";
import { plural, pluralFr } from "../../lib/i18n/plural.ts";

const ENDPOINTS: WordPairs<OpscomEndpoint> = {
  push: ["Issue (push)", "Émission (push)"],
  update: ["Change (update)", "Modification (update)"],
  delete: ["Void (delete)", "Annulation (delete)"],
  stats: ["Statistics (stats)", "Statistiques (stats)"],
};

const RESULTS: WordPairs<OpscomFailure["result"]> = {
  rejected: ["Refused", "Refusé"],
  unknown: ["No usable answer", "Aucune réponse utilisable"],
  not_sent: ["Not reached", "Injoignable"],
};

/** Why an answer was unusable or never came; a failure carries the code alone, not its values. */
const DETAILS: WordPairs<OutcomeDetailCode> = {
  interrupted_before_recording: [
    "Permit Desk stopped before recording the answer",
    "Permit Desk s'est arrêté avant de consigner la réponse",
  ],
  deadline_before_sending: [
    "the deadline passed before sending",
    "le délai a expiré avant l'envoi",
  ],
  connection_not_made: ["the connection could not be made", "la connexion n'a pas pu être établie"],
  no_answer_in_time: ["no answer in time", "aucune réponse à temps"],
  answer_not_json_object: ["the answer was not JSON", "la réponse n'était pas du JSON"],
  answer_without_reference: ["the answer had no reference", "la réponse n'avait pas de référence"],
  answer_with_unusable_reference: [
    "the answer had no usable reference",
    "la réponse n'avait pas de référence utilisable",
  ],
  refusal_with_reference: ["a refusal carrying a reference", "un refus portant une référence"],
  opscom_message: ["OPSCOM's own message", "un message d'OPSCOM"],
  connection_error: [
    "the connection failed once the request had left",
    "la connexion a échoué après l'envoi",
  ],
  recorded_text: ["as recorded", "tel que consigné"],
};

/** "40 ms" under a second, "10.2 s" (fr: "10,2 s") from one on. */
function tookIn(locale: string, ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(ms / 1000)} s`;
}

type Rule = { failures: number; minutes: number };
type Awaiting = { permits: number; changes: number };

/** The Status page: OPSCOM's health, its last failed calls, and what awaits a finding. */
export const statusMessages = defineMessages("status", {
  "en-CA": {
    title: "Status",
    loadingStatus: "Loading the status…",
    statusFailed: "The status could not be loaded",
    opscomHeading: "OPSCOM",
    opscomOk: "OPSCOM is answering.",
    opscomFailing: ({ failures, since }: { failures: number; since: string }) =>
      `OPSCOM is not answering: the last ${plural(failures, "call", `${failures} calls`)} failed, since ${since}. Staff see a banner on every page.`,
    rule: ({ failures, minutes }: Rule) =>
      `Permit Desk judges OPSCOM not answering after ${failures} failed or unanswered ${plural(failures, "call", "calls")} in a row, the latest within ${plural(minutes, "1 minute", `${minutes} minutes`)}; it clears at the next call that succeeds.`,
    whatToDo:
      "If it is not answering, check that OPSCOM is up and that this server reaches it with a valid API token (OPSCOM_BASE_URL, OPSCOM_API_TOKEN). Clerks may keep issuing: what OPSCOM does not confirm waits for a finding.",
    awaitingHeading: "Awaiting a finding",
    awaiting: ({ permits, changes }: Awaiting) =>
      `${plural(permits, "1 permit", `${permits} permits`)} and ${plural(changes, "1 change", `${changes} changes`)} OPSCOM did not confirm await a finding: someone must check OPSCOM and record what it shows.`,
    nothingAwaiting: "No permit or change awaits a finding.",
    awaitingLink: "Show the permits awaiting a finding",
    failuresHeading: "Last failed calls",
    failuresIntro: "Newest first, at most 20, since this server last started.",
    noFailures: "No call to OPSCOM has failed since this server last started.",
    failureTime: "Time",
    failureCall: "Call",
    failureAnswer: "What came back",
    failureDuration: "Took",
    result: ({ result }: { result: OpscomFailure["result"] }) => RESULTS[result][0],
    detail: ({ code }: { code: OutcomeDetailCode }) => DETAILS[code][0],
    endpoint: ({ endpoint }: { endpoint: OpscomEndpoint }) => ENDPOINTS[endpoint][0],
    answerWith: "{{result}}: {{details}}",
    httpStatus: "HTTP {{status}}",
    opscomCode: "OPSCOM code {{code}}: {{meaning}}",
    took: ({ ms }: { ms: number }) => tookIn("en-CA", ms),
  },
  "fr-CA": {
    title: "État",
    loadingStatus: "Chargement de l'état…",
    statusFailed: "L'état n'a pas pu être chargé",
    opscomHeading: "OPSCOM",
    opscomOk: "OPSCOM répond.",
    opscomFailing: ({ failures, since }: { failures: number; since: string }) =>
      `OPSCOM ne répond pas : ${pluralFr(failures, "le dernier appel a échoué", `les ${failures} derniers appels ont échoué`)}, depuis le ${since}. Le personnel voit un bandeau sur chaque page.`,
    rule: ({ failures, minutes }: Rule) =>
      `Permit Desk juge qu'OPSCOM ne répond pas après ${failures} ${pluralFr(failures, "appel", "appels")} de suite en échec ou sans réponse, le dernier il y a au plus ${pluralFr(minutes, `${minutes} minute`, `${minutes} minutes`)}; l'alerte cesse au premier appel réussi.`,
    whatToDo:
      "S'il ne répond pas, vérifiez qu'OPSCOM fonctionne et que ce serveur l'atteint avec un jeton d'API valide (OPSCOM_BASE_URL, OPSCOM_API_TOKEN). Le personnel peut continuer d'émettre : ce qu'OPSCOM ne confirme pas attend une vérification.",
    awaitingHeading: "En attente de vérification",
    awaiting: ({ permits, changes }: Awaiting) =>
      `${permits} permis et ${pluralFr(changes, `${changes} modification`, `${changes} modifications`)} non confirmés par OPSCOM attendent une vérification : quelqu'un doit consulter OPSCOM et consigner ce qu'il affiche.`,
    nothingAwaiting: "Aucun permis ni aucune modification n'attend de vérification.",
    awaitingLink: "Afficher les permis en attente de vérification",
    failuresHeading: "Derniers appels en échec",
    failuresIntro:
      "Du plus récent au plus ancien, au plus 20, depuis le dernier démarrage de ce serveur.",
    noFailures: "Aucun appel à OPSCOM n'a échoué depuis le dernier démarrage de ce serveur.",
    failureTime: "Heure",
    failureCall: "Appel",
    failureAnswer: "Réponse obtenue",
    failureDuration: "Durée",
    result: ({ result }: { result: OpscomFailure["result"] }) => RESULTS[result][1],
    detail: ({ code }: { code: OutcomeDetailCode }) => DETAILS[code][1],
    endpoint: ({ endpoint }: { endpoint: OpscomEndpoint }) => ENDPOINTS[endpoint][1],
    answerWith: "{{result}} : {{details}}",
    httpStatus: "HTTP {{status}}",
    opscomCode: "code OPSCOM {{code}} : {{meaning}}",
    took: ({ ms }: { ms: number }) => tookIn("fr-CA", ms),
  },
});

export type StatusWords = ReturnType<typeof statusMessages.in>;
