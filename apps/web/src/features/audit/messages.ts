import { defineMessages } from "../../lib/i18n/messages.ts";

/** `done` is `issued` for a permit and `applied` for a change; `submitted` when not known. */
export type PermitEventOutcome = "submitted" | "done" | "rejected" | "unknown" | "not_sent";

/*
 * What the audit trail records, as the BFF names it: subjects, fields of changes and details,
 * and the enumerated values among them, each with its words. Anything else reads as recorded.
 */
const SUBJECTS_EN = {
  permit: "Permit",
  user: "User",
  template: "Template",
  zone: "Zone",
  setting: "Setting",
};
export type AuditSubject = keyof typeof SUBJECTS_EN;
const SUBJECTS_FR: Record<AuditSubject, string> = {
  permit: "Permis",
  user: "Utilisateur",
  template: "Modèle",
  zone: "Zone",
  setting: "Paramètre",
};

const FIELDS_EN = {
  username: "Username",
  displayName: "Name",
  role: "Role",
  zones: "Zones",
  disabled: "Disabled",
  name: "Name",
  zone: "Zone",
  active: "In use",
  duration: "Duration",
  amount: "Amount",
  currency: "Currency",
  permitNumberPattern: "Permit-number pattern",
  position: "Position",
  journalId: "Journal entry",
  outcome: "Outcome",
  reason: "Reason",
  plate: "Plate",
  validFrom: "Valid from",
  validUntil: "Valid until",
  permitNo: "Permit number",
  sessionId: "Session",
  ip: "IP address",
  firstRun: "First-run set-up",
  sessionsEnded: "Sessions ended",
  failures: "Failed sign-ins",
  usernames: "Usernames tried",
  otherUsernames: "Failures under other usernames",
  lastFailureAt: "Last failure",
  addressLimitReached: "Address made to wait",
};
export type AuditField = keyof typeof FIELDS_EN;
const FIELDS_FR: Record<AuditField, string> = {
  username: "Nom d'utilisateur",
  displayName: "Nom",
  role: "Rôle",
  zones: "Zones",
  disabled: "Désactivé",
  name: "Nom",
  zone: "Zone",
  active: "En usage",
  duration: "Durée",
  amount: "Montant",
  currency: "Devise",
  permitNumberPattern: "Modèle de numéro de permis",
  position: "Position",
  journalId: "Entrée du journal",
  outcome: "Résultat",
  reason: "Motif",
  plate: "Plaque",
  validFrom: "Valide à partir de",
  validUntil: "Valide jusqu'à",
  permitNo: "Numéro de permis",
  sessionId: "Session",
  ip: "Adresse IP",
  firstRun: "Configuration initiale",
  sessionsEnded: "Sessions terminées",
  failures: "Connexions échouées",
  usernames: "Noms d'utilisateur essayés",
  otherUsernames: "Échecs sous d'autres noms d'utilisateur",
  lastFailureAt: "Dernier échec",
  addressLimitReached: "Adresse mise en attente",
};

/** What OPSCOM made of a permit or of a change to one. */
const OUTCOMES_EN = {
  pending: "Being sent",
  issued: "Issued",
  applied: "Applied",
  rejected: "Refused by OPSCOM",
  unknown: "Not confirmed by OPSCOM",
  not_sent: "Not sent: OPSCOM could not be reached",
};
export type AuditOutcome = keyof typeof OUTCOMES_EN;
// Nouns, as the same outcome may be a permit's (le permis) or a change's (la modification).
const OUTCOMES_FR: Record<AuditOutcome, string> = {
  pending: "Envoi en cours",
  issued: "Émission confirmée",
  applied: "Modification confirmée",
  rejected: "Refus d'OPSCOM",
  unknown: "Aucune confirmation d'OPSCOM",
  not_sent: "Aucun envoi : OPSCOM n'a pas pu être joint",
};

/** Why a sign-in was refused, as only the trail says. */
const SIGN_IN_FAILURES_EN = {
  unknown_username: "No account has this username",
  wrong_password: "Wrong password",
  disabled: "The account is disabled",
  throttled: "Too many failed sign-ins: asked to wait",
};
export type SignInFailure = keyof typeof SIGN_IN_FAILURES_EN;
const SIGN_IN_FAILURES_FR: Record<SignInFailure, string> = {
  unknown_username: "Aucun compte n'a ce nom d'utilisateur",
  wrong_password: "Mot de passe erroné",
  disabled: "Le compte est désactivé",
  throttled: "Trop de connexions échouées : attente demandée",
};

/** Actors that are Permit Desk itself rather than a member. */
const SYSTEM_ACTORS_EN = {
  "first-run set-up": "First-run set-up",
  ZONES: "The ZONES setting",
  cli: "Command line",
};
export type SystemActor = keyof typeof SYSTEM_ACTORS_EN;
const SYSTEM_ACTORS_FR: Record<SystemActor, string> = {
  "first-run set-up": "Configuration initiale",
  ZONES: "Le paramètre ZONES",
  cli: "Ligne de commande",
};

/** The permit actions, each worded by what OPSCOM made of it. */
const PERMIT_EVENTS_EN = {
  "permit.issue": {
    submitted: "Permit submitted",
    done: "Permit issued",
    rejected: "Permit refused by OPSCOM",
    unknown: "Permit not confirmed by OPSCOM",
    not_sent: "Permit not sent: OPSCOM could not be reached",
  },
  "permit.update": {
    submitted: "Permit change submitted",
    done: "Permit changed",
    rejected: "Permit change refused by OPSCOM",
    unknown: "Permit change not confirmed by OPSCOM",
    not_sent: "Permit change not sent: OPSCOM could not be reached",
  },
  "permit.void": {
    submitted: "Permit void submitted",
    done: "Permit voided",
    rejected: "Permit void refused by OPSCOM",
    unknown: "Permit void not confirmed by OPSCOM",
    not_sent: "Permit void not sent: OPSCOM could not be reached",
  },
} satisfies Record<string, Record<PermitEventOutcome, string>>;
export type PermitAction = keyof typeof PERMIT_EVENTS_EN;
const PERMIT_EVENTS_FR: Record<PermitAction, Record<PermitEventOutcome, string>> = {
  "permit.issue": {
    submitted: "Permis soumis",
    done: "Permis émis",
    rejected: "Permis refusé par OPSCOM",
    unknown: "Permis non confirmé par OPSCOM",
    not_sent: "Permis non envoyé : OPSCOM n'a pas pu être joint",
  },
  "permit.update": {
    submitted: "Modification de permis soumise",
    done: "Permis modifié",
    rejected: "Modification de permis refusée par OPSCOM",
    unknown: "Modification de permis non confirmée par OPSCOM",
    not_sent: "Modification de permis non envoyée : OPSCOM n'a pas pu être joint",
  },
  "permit.void": {
    submitted: "Annulation de permis soumise",
    done: "Permis annulé",
    rejected: "Annulation de permis refusée par OPSCOM",
    unknown: "Annulation de permis non confirmée par OPSCOM",
    not_sent: "Annulation de permis non envoyée : OPSCOM n'a pas pu être joint",
  },
};

export const AUDIT_SUBJECTS = Object.keys(SUBJECTS_EN) as AuditSubject[];
export const AUDIT_FIELDS = Object.keys(FIELDS_EN) as AuditField[];
export const AUDIT_OUTCOMES = Object.keys(OUTCOMES_EN) as AuditOutcome[];
export const SIGN_IN_FAILURES = Object.keys(SIGN_IN_FAILURES_EN) as SignInFailure[];
export const SYSTEM_ACTORS = Object.keys(SYSTEM_ACTORS_EN) as SystemActor[];
export const PERMIT_ACTIONS = Object.keys(PERMIT_EVENTS_EN) as PermitAction[];

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
    subject: ({ subject }: { subject: AuditSubject }) => SUBJECTS_EN[subject],
    field: ({ field }: { field: AuditField }) => FIELDS_EN[field],
    outcome: ({ outcome }: { outcome: AuditOutcome }) => OUTCOMES_EN[outcome],
    signInFailure: ({ reason }: { reason: SignInFailure }) => SIGN_IN_FAILURES_EN[reason],
    systemActor: ({ actor }: { actor: SystemActor }) => SYSTEM_ACTORS_EN[actor],
    permitEvent: ({ action, outcome }: { action: PermitAction; outcome: PermitEventOutcome }) =>
      PERMIT_EVENTS_EN[action][outcome],
    "auth.sign_in": "Signed in",
    "auth.sign_in_failed": "Sign-ins refused",
    "auth.sign_out": "Signed out",
    "user.create": "User added",
    "user.update": "User changed",
    "user.password_change": "Password changed",
    "user.sessions_end": "Sessions ended",
    "zone.create": "Zone added",
    "zone.update": "Zone changed",
    "template.create": "Template added",
    "template.update": "Template changed",
    "setting.update": "Setting changed",
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
    subject: ({ subject }: { subject: AuditSubject }) => SUBJECTS_FR[subject],
    field: ({ field }: { field: AuditField }) => FIELDS_FR[field],
    outcome: ({ outcome }: { outcome: AuditOutcome }) => OUTCOMES_FR[outcome],
    signInFailure: ({ reason }: { reason: SignInFailure }) => SIGN_IN_FAILURES_FR[reason],
    systemActor: ({ actor }: { actor: SystemActor }) => SYSTEM_ACTORS_FR[actor],
    permitEvent: ({ action, outcome }: { action: PermitAction; outcome: PermitEventOutcome }) =>
      PERMIT_EVENTS_FR[action][outcome],
    "auth.sign_in": "Connexion",
    "auth.sign_in_failed": "Connexions refusées",
    "auth.sign_out": "Déconnexion",
    "user.create": "Utilisateur ajouté",
    "user.update": "Utilisateur modifié",
    "user.password_change": "Mot de passe changé",
    "user.sessions_end": "Sessions terminées",
    "zone.create": "Zone ajoutée",
    "zone.update": "Zone modifiée",
    "template.create": "Modèle ajouté",
    "template.update": "Modèle modifié",
    "setting.update": "Paramètre modifié",
  },
});

export type AuditWords = ReturnType<typeof auditMessages.in>;
