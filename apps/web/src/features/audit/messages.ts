import type { AuditAction } from "@permit-desk/schema";
import { defineMessages, type WordPairs } from "../../lib/i18n/messages.ts";

/** `done` is `issued` for a permit and `applied` for a change; `submitted` when not known. */
export type PermitEventOutcome = "submitted" | "done" | "rejected" | "unknown" | "not_sent";

/*
 * What the audit trail records, as the BFF names it: subjects, fields of changes and details,
 * and the enumerated values among them, each with its words. Anything else reads as recorded.
 */
const SUBJECTS = {
  permit: ["Permit", "Permis"],
  user: ["User", "Utilisateur"],
  template: ["Template", "Modèle"],
  zone: ["Zone", "Zone"],
  setting: ["Setting", "Paramètre"],
} satisfies WordPairs<string>;
export type AuditSubject = keyof typeof SUBJECTS;

const FIELDS = {
  username: ["Username", "Nom d'utilisateur"],
  displayName: ["Name", "Nom"],
  role: ["Role", "Rôle"],
  zones: ["Zones", "Zones"],
  disabled: ["Disabled", "Désactivé"],
  name: ["Name", "Nom"],
  zone: ["Zone", "Zone"],
  active: ["In use", "En usage"],
  duration: ["Duration", "Durée"],
  amount: ["Amount", "Montant"],
  currency: ["Currency", "Devise"],
  permitNumberPattern: ["Permit-number pattern", "Modèle de numéro de permis"],
  position: ["Position", "Position"],
  journalId: ["Journal entry", "Entrée du journal"],
  outcome: ["Outcome", "Résultat"],
  reason: ["Reason", "Motif"],
  plate: ["Plate", "Plaque"],
  validFrom: ["Valid from", "Valide à partir de"],
  validUntil: ["Valid until", "Valide jusqu'à"],
  permitNo: ["Permit number", "Numéro de permis"],
  sessionId: ["Session", "Session"],
  ip: ["IP address", "Adresse IP"],
  firstRun: ["First-run set-up", "Configuration initiale"],
  sessionsEnded: ["Sessions ended", "Sessions terminées"],
  failures: ["Failed sign-ins", "Connexions échouées"],
  usernames: ["Usernames tried", "Noms d'utilisateur essayés"],
  otherUsernames: ["Failures under other usernames", "Échecs sous d'autres noms d'utilisateur"],
  lastFailureAt: ["Last failure", "Dernier échec"],
  addressLimitReached: ["Address made to wait", "Adresse mise en attente"],
} satisfies WordPairs<string>;
export type AuditField = keyof typeof FIELDS;

/**
 * What OPSCOM made of a permit or of a change to one; in French as nouns, as the same outcome may
 * be a permit's (le permis) or a change's (la modification).
 */
const OUTCOMES = {
  pending: ["Being sent", "Envoi en cours"],
  issued: ["Issued", "Émission confirmée"],
  applied: ["Applied", "Modification confirmée"],
  rejected: ["Refused by OPSCOM", "Refus d'OPSCOM"],
  unknown: ["Not confirmed by OPSCOM", "Aucune confirmation d'OPSCOM"],
  not_sent: ["Not sent: OPSCOM could not be reached", "Aucun envoi : OPSCOM n'a pas pu être joint"],
} satisfies WordPairs<string>;
export type AuditOutcome = keyof typeof OUTCOMES;

/** Why a sign-in was refused, as only the trail says. */
const SIGN_IN_FAILURE_WORDS = {
  unknown_username: ["No account has this username", "Aucun compte n'a ce nom d'utilisateur"],
  wrong_password: ["Wrong password", "Mot de passe erroné"],
  disabled: ["The account is disabled", "Le compte est désactivé"],
  throttled: [
    "Too many failed sign-ins: asked to wait",
    "Trop de connexions échouées : attente demandée",
  ],
} satisfies WordPairs<string>;
export type SignInFailure = keyof typeof SIGN_IN_FAILURE_WORDS;

/** Actors that are Permit Desk itself rather than a member. */
const SYSTEM_ACTOR_WORDS = {
  "first-run set-up": ["First-run set-up", "Configuration initiale"],
  ZONES: ["The ZONES setting", "Le paramètre ZONES"],
  cli: ["Command line", "Ligne de commande"],
} satisfies WordPairs<string>;
export type SystemActor = keyof typeof SYSTEM_ACTOR_WORDS;

/** The permit actions, each worded by what OPSCOM made of it. */
const PERMIT_EVENTS = {
  "permit.issue": {
    submitted: ["Permit submitted", "Permis soumis"],
    done: ["Permit issued", "Permis émis"],
    rejected: ["Permit refused by OPSCOM", "Permis refusé par OPSCOM"],
    unknown: ["Permit not confirmed by OPSCOM", "Permis non confirmé par OPSCOM"],
    not_sent: [
      "Permit not sent: OPSCOM could not be reached",
      "Permis non envoyé : OPSCOM n'a pas pu être joint",
    ],
  },
  "permit.update": {
    submitted: ["Permit change submitted", "Modification de permis soumise"],
    done: ["Permit changed", "Permis modifié"],
    rejected: ["Permit change refused by OPSCOM", "Modification de permis refusée par OPSCOM"],
    unknown: [
      "Permit change not confirmed by OPSCOM",
      "Modification de permis non confirmée par OPSCOM",
    ],
    not_sent: [
      "Permit change not sent: OPSCOM could not be reached",
      "Modification de permis non envoyée : OPSCOM n'a pas pu être joint",
    ],
  },
  "permit.void": {
    submitted: ["Permit void submitted", "Annulation de permis soumise"],
    done: ["Permit voided", "Permis annulé"],
    rejected: ["Permit void refused by OPSCOM", "Annulation de permis refusée par OPSCOM"],
    unknown: [
      "Permit void not confirmed by OPSCOM",
      "Annulation de permis non confirmée par OPSCOM",
    ],
    not_sent: [
      "Permit void not sent: OPSCOM could not be reached",
      "Annulation de permis non envoyée : OPSCOM n'a pas pu être joint",
    ],
  },
} satisfies Record<string, WordPairs<PermitEventOutcome>>;
export type PermitAction = keyof typeof PERMIT_EVENTS;
export type OtherAction = Exclude<AuditAction, PermitAction>;

/** The other actions, each worded alone. */
const OTHER_ACTION_WORDS: WordPairs<OtherAction> = {
  "auth.sign_in": ["Signed in", "Connexion"],
  "auth.sign_in_failed": ["Sign-ins refused", "Connexions refusées"],
  "auth.sign_out": ["Signed out", "Déconnexion"],
  "user.create": ["User added", "Utilisateur ajouté"],
  "user.update": ["User changed", "Utilisateur modifié"],
  "user.password_change": ["Password changed", "Mot de passe changé"],
  "user.sessions_end": ["Sessions ended", "Sessions terminées"],
  "zone.create": ["Zone added", "Zone ajoutée"],
  "zone.update": ["Zone changed", "Zone modifiée"],
  "template.create": ["Template added", "Modèle ajouté"],
  "template.update": ["Template changed", "Modèle modifié"],
  "setting.update": ["Setting changed", "Paramètre modifié"],
};

export const AUDIT_SUBJECTS = Object.keys(SUBJECTS) as AuditSubject[];
export const AUDIT_FIELDS = Object.keys(FIELDS) as AuditField[];
export const AUDIT_OUTCOMES = Object.keys(OUTCOMES) as AuditOutcome[];
export const SIGN_IN_FAILURES = Object.keys(SIGN_IN_FAILURE_WORDS) as SignInFailure[];
export const SYSTEM_ACTORS = Object.keys(SYSTEM_ACTOR_WORDS) as SystemActor[];
export const PERMIT_ACTIONS = Object.keys(PERMIT_EVENTS) as PermitAction[];

export const auditMessages = defineMessages("audit", {
  "en-CA": {
    title: "Audit trail",
    intro:
      "Sign-ins, sign-outs, permits submitted and every change to users, zones and settings, newest first. Nobody can edit or delete it; refused sign-ins are counted in one entry per address and hour, which grows while that hour lasts.",
    auditFailed: "The audit trail could not be loaded",
    loadingAudit: "Loading the audit trail…",
    nothingMatches: "Nothing recorded matches these filters.",
    events: "Audit events",
    filters: "Filters",
    action: "Action",
    anyAction: "Any action",
    staffMember: "Staff member",
    anyone: "Anyone",
    filter: "Filter",
    none: "(none)",
    yes: "yes",
    no: "no",
    fieldValue: "{{field}}: {{value}}",
    fieldChange: "{{field}}: {{before}} → {{after}}",
    subject: ({ subject }: { subject: AuditSubject }) => SUBJECTS[subject][0],
    field: ({ field }: { field: AuditField }) => FIELDS[field][0],
    outcome: ({ outcome }: { outcome: AuditOutcome }) => OUTCOMES[outcome][0],
    signInFailure: ({ reason }: { reason: SignInFailure }) => SIGN_IN_FAILURE_WORDS[reason][0],
    systemActor: ({ actor }: { actor: SystemActor }) => SYSTEM_ACTOR_WORDS[actor][0],
    permitEvent: ({ action, outcome }: { action: PermitAction; outcome: PermitEventOutcome }) =>
      PERMIT_EVENTS[action][outcome][0],
    otherAction: ({ action }: { action: OtherAction }) => OTHER_ACTION_WORDS[action][0],
  },
  "fr-CA": {
    title: "Journal d'audit",
    intro:
      "Connexions, déconnexions, permis soumis et chaque modification des utilisateurs, des zones et des paramètres, les plus récents d'abord. Personne ne peut le modifier ni le supprimer; les connexions refusées sont comptées dans une entrée par adresse et par heure, qui s'enrichit tant que dure cette heure.",
    auditFailed: "Le journal d'audit n'a pas pu être chargé",
    loadingAudit: "Chargement du journal d'audit…",
    nothingMatches: "Rien de ce qui est consigné ne correspond à ces filtres.",
    events: "Événements d'audit",
    filters: "Filtres",
    action: "Action",
    anyAction: "Toute action",
    staffMember: "Membre du personnel",
    anyone: "N'importe qui",
    filter: "Filtrer",
    none: "(aucun)",
    yes: "oui",
    no: "non",
    fieldValue: "{{field}} : {{value}}",
    fieldChange: "{{field}} : {{before}} → {{after}}",
    subject: ({ subject }: { subject: AuditSubject }) => SUBJECTS[subject][1],
    field: ({ field }: { field: AuditField }) => FIELDS[field][1],
    outcome: ({ outcome }: { outcome: AuditOutcome }) => OUTCOMES[outcome][1],
    signInFailure: ({ reason }: { reason: SignInFailure }) => SIGN_IN_FAILURE_WORDS[reason][1],
    systemActor: ({ actor }: { actor: SystemActor }) => SYSTEM_ACTOR_WORDS[actor][1],
    permitEvent: ({ action, outcome }: { action: PermitAction; outcome: PermitEventOutcome }) =>
      PERMIT_EVENTS[action][outcome][1],
    otherAction: ({ action }: { action: OtherAction }) => OTHER_ACTION_WORDS[action][1],
  },
});

export type AuditWords = ReturnType<typeof auditMessages.in>;
