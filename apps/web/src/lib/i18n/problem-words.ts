import {
  AMOUNT_MAX,
  AMOUNT_MIN,
  CHANGE_REASON_MAX_LENGTH,
  describeOpscomErrorCode,
  isProblemCode,
  MAX_DURATION_DAYS,
  MAX_DURATION_HOURS,
  NOTE_MAX_LENGTH,
  OPSCOM_ERROR_CODES,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PERMIT_NUMBER_MAX_LENGTH,
  PLACEHOLDER_LIST,
  PLATE_MAX_LENGTH,
  type ProblemAsRead,
  type ProblemCode,
  type ProblemParams,
  problemOfText,
  type RequestBody,
  TEMPLATE_NAME_MAX_LENGTH,
  TEMPLATE_POSITION_MAX,
  USERNAME_MAX_LENGTH,
  type WireProblem,
  ZONE_MAX_LENGTH,
} from "@permit-desk/schema";
import type { Locale } from "./locale.ts";
import type { WordPairs } from "./messages.ts";
import { plural, pluralFr } from "./plural.ts";

/** How one language says each problem: a text, or a function of the values it names. */
export type ProblemWords = {
  [C in ProblemCode]: string | ((params: ProblemParams<C>) => string);
};

/** A duration's count, one sentence whichever way it is wrong. */
const HOURS_EN = `Enter a whole number of hours from 1 to ${MAX_DURATION_HOURS}.`;
const DAYS_EN = `Enter a whole number of days from 1 to ${MAX_DURATION_DAYS}.`;
const HOURS_FR = `Entrez un nombre entier d'heures de 1 à ${MAX_DURATION_HOURS}.`;
const DAYS_FR = `Entrez un nombre entier de jours de 1 à ${MAX_DURATION_DAYS}.`;

/** `{plate}, {yyyy}, … or {min}`. */
const placeholders = (or: string) => PLACEHOLDER_LIST.replace(/, (?=[^,]*$)/, ` ${or} `);

const SUCH_AS = "a character Permit Desk does not accept, such as an invisible control character";
const TEL_QUE =
  "un caractère que Permit Desk n'accepte pas, comme un caractère de contrôle invisible";

const BODIES: WordPairs<RequestBody> = {
  permit: ["the permit", "le permis"],
  change: ["the change", "la modification"],
  correction: ["a correction", "une correction"],
  update: ["an update", "une mise à jour"],
  void: ["a void", "une annulation"],
  finding: ["a finding", "une constatation"],
  template: ["a template", "un modèle"],
  template_change: ["a template change", "une modification de modèle"],
};

/** A request body in words, in English (0) or French (1). */
const bodyIn = (language: 0 | 1, body: string | number) =>
  BODIES[body as RequestBody]?.[language] ?? String(body);

/** `a, b` as `"a" or "b"`: the unknown fields of a body, each quoted. */
const quotedFields = (fields: string | number, or: string) =>
  String(fields)
    .split(", ")
    .map((field) => `"${field}"`)
    .join(` ${or} `);

/** OPSCOM's own words, or the published meaning of its code when it gave none. */
function opscomWordsInEnglish(detail: string | number, code: string | number, fallback: string) {
  if (String(detail) !== "") return String(detail);
  return code === "" ? fallback : describeOpscomErrorCode(Number(code));
}

const OPSCOM_IN_FRENCH: Record<keyof typeof OPSCOM_ERROR_CODES, string> = {
  9000: "Le code client est manquant.",
  9001: "Le jeton d'API est manquant.",
  9002: "Le jeton d'API n'a pas la permission pour cette demande.",
  9003: "La demande n'a pas pu être analysée.",
  9004: "L'heure de fin est requise.",
  9005: "L'heure de fin n'est pas valide.",
  9006: "La plaque d'immatriculation est requise.",
  9007: "L'heure de début n'est pas valide.",
  9008: "L'identifiant de référence est requis.",
  9009: "L'enregistrement est introuvable.",
  9030: "Un champ est trop long.",
  9031: "Un champ est requis.",
  9032: "Un champ est trop court.",
  9033: "La valeur d'un champ n'est pas valide.",
};

/** OPSCOM's published meanings in French; OPSCOM's other words as it wrote them. */
function opscomWordsInFrench(detail: string | number, code: string | number, fallback: string) {
  const english = opscomWordsInEnglish(detail, code, "");
  if (english === "") return fallback;
  for (const [known, meaning] of Object.entries(OPSCOM_ERROR_CODES)) {
    if (meaning === english)
      return OPSCOM_IN_FRENCH[Number(known) as keyof typeof OPSCOM_IN_FRENCH];
  }
  if (english === describeOpscomErrorCode(9010))
    return "OPSCOM a signalé une erreur de véhicule ou d'utilisateur.";
  if (english === describeOpscomErrorCode(0)) return "OPSCOM a signalé une erreur.";
  return english;
}

/** What an OPSCOM error code means, in the reader's language: "The API token is missing." */
export function opscomCodeWords(code: number, locale: Locale): string {
  return locale === "fr-CA"
    ? opscomWordsInFrench("", code, "")
    : opscomWordsInEnglish("", code, "");
}

const codeInBrackets = (code: string | number) => (code === "" ? "" : ` (${code})`);

/** "14:47" or "2026-07-01 14:47", as French writes the time of day: "à 14 h 47". */
function frenchStart(start: string | number): string {
  const match = /^(?:(\d{4}-\d{2}-\d{2}) )?(\d{2}):(\d{2})$/.exec(String(start));
  if (!match) return `à ${start}`;
  const [, day, hours, minutes] = match;
  return day === undefined ? `à ${hours} h ${minutes}` : `le ${day} à ${hours} h ${minutes}`;
}

/** A decimal string such as "999999.99" as French writes it: "999 999,99". */
const frenchDecimal = (amount: string) =>
  new Intl.NumberFormat("fr-CA", { minimumFractionDigits: 2 }).format(amount as unknown as number);

/** A count such as 10000 as French writes it: "10 000". */
const frenchInteger = (count: string | number) =>
  new Intl.NumberFormat("fr-CA").format(Number(count));

const FRENCH_SCRIPTS: Record<string, string> = {
  Latin: "latin",
  Cyrillic: "cyrillique",
  Greek: "grec",
  Armenian: "arménien",
  Hebrew: "hébreu",
  Arabic: "arabe",
  Devanagari: "devanagari",
  Thai: "thaï",
  Han: "han (chinois)",
  Hiragana: "hiragana",
  Katakana: "katakana",
  Hangul: "hangeul",
  Bopomofo: "bopomofo",
  Cherokee: "cherokee",
  "Canadian Aboriginal": "syllabaire autochtone canadien",
};

/** "in Cyrillic" as French says it of a script the zone name rule names. */
function inFrenchScript(script: string | number): string {
  const name = FRENCH_SCRIPTS[String(script)];
  return name === undefined ? "dans une autre écriture" : `en ${name}`;
}

const ENGLISH: ProblemWords = {
  plate_required: "Enter the licence plate.",
  plate_not_text: "Enter the licence plate as text.",
  plate_too_long: `A plate has at most ${PLATE_MAX_LENGTH} letters and digits.`,
  // A list's row refused before the character was named has no parameters.
  plate_not_alphanumeric: ({ character, codePoint, position }) =>
    codePoint === undefined
      ? "A plate has letters and digits only."
      : `A plate has letters and digits only: “${character}” (${codePoint}) at position ${position} is neither.`,
  plate_filter_too_long: `A plate has at most ${PLATE_MAX_LENGTH} characters.`,
  zone_required: "Choose a zone.",
  zone_too_long: `A zone name has at most ${ZONE_MAX_LENGTH} characters.`,
  permit_number_too_long: `A permit number has at most ${PERMIT_NUMBER_MAX_LENGTH} characters.`,
  permit_number_not_text: "Enter the permit number as text.",
  permit_number_removed: "OPSCOM cannot remove a permit number; enter the new number.",
  date_time_required: "Enter a date and time.",
  validity_end_before_start: "The permit must end after it starts.",
  validity_end_before_start_on_wire:
    "Around the clock change, OPSCOM would read this end as before the start. Choose a later end.",
  validity_start_too_early: ({ hours }) =>
    `A permit can start at most ${hours} ${plural(Number(hours), "hour", "hours")} in the past.`,
  validity_start_too_late: ({ days }) =>
    `A permit can start at most ${days} ${plural(Number(days), "day", "days")} from now.`,
  validity_too_long: ({ days }) =>
    `A permit lasts at most ${days} ${plural(Number(days), "day", "days")}.`,
  zone_not_at_site: "Choose one of this site's zones.",
  zone_not_assigned: ({ zone }) => `You are not assigned to issue permits in ${zone}.`,
  zone_not_issuable: ({ zone }) => `You cannot issue permits in ${zone}.`,
  amount_expected: "Enter an amount like 14.50.",
  amount_not_text: "Enter the amount as text, like 14.50.",
  amount_format: "Enter an amount like 14.50: digits, and at most two after the point.",
  amount_too_small: `The amount must be at least ${AMOUNT_MIN}.`,
  amount_too_large: `The amount can be at most ${AMOUNT_MAX}.`,
  currency_required: "Choose a currency.",
  currency_format: "A currency is a three-letter code such as CAD or USD.",
  currency_not_offered: ({ choices }) => `Choose one of: ${choices}.`,
  clock_time_format: "Enter a time like 09:00.",
  duration_hours_not_whole: HOURS_EN,
  duration_hours_too_short: HOURS_EN,
  duration_hours_too_long: HOURS_EN,
  duration_days_not_whole: DAYS_EN,
  duration_days_too_short: DAYS_EN,
  duration_days_too_long: DAYS_EN,
  invalid_input: "Invalid input",
  state_unknown: "Choose a state from the list.",
  limit_invalid: "limit must be a number from 1 to 200.",
  note_too_long: `A note has at most ${NOTE_MAX_LENGTH} characters.`,
  reference_required: "Enter the reference OPSCOM shows.",
  reference_too_long: "A reference has at most 100 characters.",
  finding_required: "Choose what OPSCOM shows.",
  permit_not_found: "There is no permit with that id.",
  history_page_gone: "That page of the history no longer exists; start again.",
  history_range_backwards: "The last day is before the first day.",
  findings_not_allowed: "Only a manager or an administrator can record a finding.",
  permit_not_unconfirmed: "Only a permit OPSCOM did not confirm can be reconciled.",
  change_not_found: "There is no such change of a permit.",
  change_not_unconfirmed: "Only a change OPSCOM did not confirm can be reconciled.",
  reason_required: "Say why, in a few words.",
  reason_too_long: `A reason has at most ${CHANGE_REASON_MAX_LENGTH} characters.`,
  correction_empty: "Change at least one of the plate, zone, validity or permit number.",
  change_action_required: 'Say what to do: "update" or "void".',
  change_no_effect: "Nothing would change: the permit already reads so.",
  permit_changed_meanwhile: "This permit changed meanwhile. Look at it again, then retry.",
  permit_pending:
    "This permit is still being sent to OPSCOM. Wait for its answer before changing it.",
  permit_unconfirmed:
    "OPSCOM never confirmed this permit. Check OPSCOM first: once a manager records that it is there, it can be changed.",
  permit_not_issued: "OPSCOM never made this permit, so there is nothing to change.",
  permit_voided: "This permit is voided: it can no longer be changed.",
  change_in_flight:
    "Another change to this permit is still being sent to OPSCOM. Wait for its answer.",
  change_unconfirmed:
    "OPSCOM did not confirm the last change. Once a manager records what OPSCOM shows, the permit can be changed again.",
  not_your_permit: "You can change only the permits you issued.",
  not_your_zone: ({ zone }) =>
    `You can change permits only in your own zones, and this one is in ${zone}.`,
  change_window_closed: ({ minutes, start }) =>
    `You can change your own permits until ${minutes} ${plural(Number(minutes), "minute", "minutes")} after they start; this one started at ${start}. Ask a manager.`,
  body_not_object: ({ body }) => `Send ${bodyIn(0, body)} as a JSON object.`,
  body_unknown_fields: ({ body, fields }) =>
    `There is no ${quotedFields(fields, "or")} field in ${bodyIn(0, body)}.`,
  body_not_json: "The request body is not valid JSON.",
  request_too_large: "The request is too large.",
  json_too_deep: ({ limit }) => `The request body nests more than ${limit} levels deep.`,
  json_required: "Send the request as application/json.",
  character_in_address: `The address has ${SUCH_AS}.`,
  character_in_query_parameter: ({ name }) => `The query parameter "${name}" has ${SUCH_AS}.`,
  character_in_field: ({ field }) => `The field "${field}" has ${SUCH_AS}.`,
  character_in_field_name: `A field name in the request has ${SUCH_AS}.`,
  character_in_request: `The request has ${SUCH_AS}.`,
  character_in_value: `This has ${SUCH_AS}. Retype it.`,
  cross_site_request: "Requests from other sites are not accepted.",
  unknown_host: "This server does not answer under that host name.",
  route_not_found: "There is no such API route.",
  permit_idempotency_key_required: "Send an Idempotency-Key header: one new value per submission.",
  permit_idempotency_key_reused: "This Idempotency-Key was already used for another permit.",
  permit_in_progress: "This permit is still being sent to OPSCOM.",
  change_idempotency_key_required: "Send an Idempotency-Key header: one new value per change.",
  change_idempotency_key_reused: "This Idempotency-Key was already used for another request.",
  change_in_progress: "This change is still being sent to OPSCOM.",
  permit_not_confirmed:
    "OPSCOM did not confirm — the permit may or may not exist. Check OPSCOM before issuing it again.",
  change_not_confirmed:
    "OPSCOM did not confirm — the change may or may not have been made. Check OPSCOM before trying again.",
  permit_opscom_unreachable:
    "OPSCOM could not be reached, so no permit was made. Try again in a moment.",
  change_opscom_unreachable:
    "OPSCOM could not be reached, so nothing was changed. Try again in a moment.",
  permit_refused: ({ detail, opscomErrorCode }) =>
    `OPSCOM refused the permit${codeInBrackets(opscomErrorCode)}: ${opscomWordsInEnglish(detail, opscomErrorCode, "OPSCOM refused the permit.")}`,
  change_refused: ({ detail, opscomErrorCode }) =>
    `OPSCOM refused the change${codeInBrackets(opscomErrorCode)}: ${opscomWordsInEnglish(detail, opscomErrorCode, "OPSCOM refused the change.")}`,
  change_refused_no_record:
    "OPSCOM has no permit under this reference (9009): it may have been voided in OPSCOM already. Nothing was changed.",
  change_refused_no_reference:
    "OPSCOM did not receive the permit's reference (9008). Nothing was changed.",
  role_invalid: "Choose a role: admin, manager or validator.",
  role_required: "Choose a role.",
  username_required: "Enter a username.",
  username_too_long: `A username has at most ${USERNAME_MAX_LENGTH} characters.`,
  username_characters:
    'A username has letters, digits and ".", "_", "-" or "@" only, with no spaces.',
  username_taken: ({ username }) => `The username "${username}" is already taken.`,
  password_required: "Enter a password.",
  password_too_short: `Use at least ${PASSWORD_MIN_LENGTH} characters. A few words in a row make a good password.`,
  password_too_long: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
  password_common:
    "This password is one of the most common ones and easy to guess. Choose another.",
  password_contains_username: "The password must not contain the username.",
  sign_in_username_required: "Enter your username.",
  sign_in_password_required: "Enter your password.",
  current_password_required: "Enter your current password.",
  current_password_wrong: "Your current password is not right.",
  name_required: "Enter a name.",
  person_name_required: "Enter the person's name.",
  name_too_long: "A name has at most 100 characters.",
  credentials_wrong: "Wrong username or password.",
  username_throttled: "Too many failed sign-ins for this username. Wait a moment and try again.",
  password_attempts_throttled: "Too many wrong passwords. Wait a moment and try again.",
  address_throttled:
    "Too many failed sign-ins from this network address. Wait a moment and try again.",
  passwords_busy: "Permit Desk is busy checking other passwords. Wait a moment and try again.",
  sign_in_required: "Sign in to continue.",
  admin_only: "Only an administrator can do this.",
  user_not_found: "There is no such user.",
  self_demotion: "You cannot disable yourself or give up your own administrator role.",
  admin_exists: "Permit Desk already has an administrator.",
  zones_unknown: ({ zones, count }) =>
    `${Number(count) === 1 ? "This zone does" : "These zones do"} not exist: ${zones}. Zone names must match OPSCOM exactly, including capitals.`,
  zone_name_required: "Enter the zone's name as OPSCOM has it.",
  zone_name_too_long: ({ max }) => `A zone name has at most ${max} characters.`,
  zone_name_control_character: ({ codePoint, position }) =>
    `A zone name cannot contain a tab, a line break or another control character (${codePoint} at position ${position}).`,
  zone_name_invisible_character: ({ codePoint, position }) =>
    `A zone name cannot contain an invisible character (${codePoint} at position ${position}).`,
  zone_name_special_space: ({ codePoint, position }) =>
    `A zone name cannot contain a no-break or other special space (${codePoint} at position ${position}): type an ordinary space.`,
  zone_name_unassigned_character: ({ codePoint, position }) =>
    `A zone name cannot contain an unassigned or private-use character (${codePoint} at position ${position}).`,
  zone_name_compatibility_form: ({ codePoint, position }) =>
    `A zone name cannot contain a full-width, styled or other look-alike form of a character (${codePoint} at position ${position}): type the ordinary character.`,
  zone_name_repeated_space: ({ position }) =>
    `A zone name has one space between words (a second space at position ${position}).`,
  zone_name_mixed_scripts: ({ character, position, script, first }) =>
    `A zone name is written in one script: "${character}" at position ${position} is ${script}, in a ${first} name.`,
  zone_name_taken: ({ zone }) => `A zone named "${zone}" already exists.`,
  zone_name_taken_other_capitals: ({ zone }) =>
    `A zone named "${zone}" already exists: names that differ only in capitals are one zone.`,
  zone_not_found: "There is no such zone.",
  zone_name_unknown: ({ zone }) =>
    `There is no zone named "${zone}". Zone names match OPSCOM exactly, including capitals.`,
  template_not_found: "There is no such template.",
  template_name_taken: ({ zone, name }) => `${zone} already has a template named "${name}".`,
  template_currency_required: "Choose the currency of the amount.",
  template_name_required: "Enter a name for the template.",
  template_name_too_long: `A template name has at most ${TEMPLATE_NAME_MAX_LENGTH} characters.`,
  template_active_not_boolean: "Say whether the template is in use: true or false.",
  template_position_not_number: "Give the position as a number.",
  template_position_not_whole: "Give the position as a whole number.",
  template_position_too_small: "A position is at least 0.",
  template_position_too_large: `A position is at most ${TEMPLATE_POSITION_MAX}.`,
  templates_not_allowed: "Only an administrator or a manager can change templates.",
  template_zone_not_yours: ({ zone }) =>
    `You can change templates only in your own zones, and ${zone} is not one of them.`,
  permit_number_pattern_not_text: "Enter the permit-number pattern as text.",
  pattern_unclosed_brace: ({ fragment }) =>
    `“${fragment}” has no closing brace: braces only surround a placeholder, such as {plate}.`,
  pattern_stray_closing_brace: ({ fragment }) =>
    `“${fragment}” closes no placeholder: braces only surround a placeholder, such as {plate}.`,
  pattern_unknown_placeholder: ({ placeholder }) =>
    `${placeholder} is not a placeholder. Use ${placeholders("or")}.`,
  pattern_too_long: ({ length }) =>
    `With a ${PLATE_MAX_LENGTH}-character plate this gives ${length} characters; a permit number has at most ${PERMIT_NUMBER_MAX_LENGTH}.`,
  audit_page_gone: "That page of the audit trail does not exist.",
  audit_action_unknown: ({ action }) => `There is no audit action "${action}".`,
  managers_only: "Only managers and administrators may do this.",
  batch_rows_required: "The list has no rows.",
  batch_too_many_rows: "A list has at most 10,000 rows.",
  batch_cell_too_long: "This value is too long.",
  batch_not_found: "This list does not exist.",
  batch_state_unchanged: ({ state }) => `The list cannot be set to ${state} now.`,
  plate_repeated_in_list: ({ position }) => `The same plate is on row ${position}.`,
  plate_looks_alike_in_list: ({ plate, position }) => `Looks like ${plate} on row ${position}.`,
  plate_has_active_permit: ({ zone }) => `Already holds a permit in ${zone} at that time.`,
  day_not_a_date: "Choose a day.",
  restarting:
    "Permit Desk is restarting and takes no new requests. Nothing was sent: try again in a moment.",
  internal_error: "Something went wrong in Permit Desk. Please try again.",
  fields_need_attention: "Some fields need attention.",
};

const FRENCH: ProblemWords = {
  plate_required: "Entrez la plaque d'immatriculation.",
  plate_not_text: "Entrez la plaque d'immatriculation sous forme de texte.",
  plate_too_long: `Une plaque compte au plus ${PLATE_MAX_LENGTH} lettres et chiffres.`,
  plate_not_alphanumeric: ({ character, codePoint, position }) =>
    codePoint === undefined
      ? "Une plaque ne contient que des lettres et des chiffres."
      : `Une plaque ne contient que des lettres et des chiffres : « ${character} » (${codePoint}) en position ${position} n'en est pas un.`,
  plate_filter_too_long: `Une plaque compte au plus ${PLATE_MAX_LENGTH} caractères.`,
  zone_required: "Choisissez une zone.",
  zone_too_long: `Un nom de zone compte au plus ${ZONE_MAX_LENGTH} caractères.`,
  permit_number_too_long: `Un numéro de permis compte au plus ${PERMIT_NUMBER_MAX_LENGTH} caractères.`,
  permit_number_not_text: "Entrez le numéro de permis sous forme de texte.",
  permit_number_removed:
    "OPSCOM ne peut pas retirer un numéro de permis; entrez le nouveau numéro.",
  date_time_required: "Entrez une date et une heure.",
  validity_end_before_start: "Le permis doit se terminer après son début.",
  validity_end_before_start_on_wire:
    "Au changement d'heure, OPSCOM lirait cette fin comme antérieure au début. Choisissez une fin plus tardive.",
  validity_start_too_early: ({ hours }) =>
    `Un permis peut commencer au plus ${frenchInteger(hours)} ${plural(Number(hours), "heure", "heures")} dans le passé.`,
  validity_start_too_late: ({ days }) =>
    `Un permis peut commencer au plus ${frenchInteger(days)} ${plural(Number(days), "jour", "jours")} à l'avance.`,
  validity_too_long: ({ days }) =>
    `Un permis dure au plus ${frenchInteger(days)} ${plural(Number(days), "jour", "jours")}.`,
  zone_not_at_site: "Choisissez une des zones de ce site.",
  zone_not_assigned: ({ zone }) => `Vous n'êtes pas autorisé à émettre des permis dans ${zone}.`,
  zone_not_issuable: ({ zone }) => `Vous ne pouvez pas émettre de permis dans ${zone}.`,
  amount_expected: "Entrez un montant comme 14,50.",
  amount_not_text: "Entrez le montant sous forme de texte, comme 14,50.",
  amount_format: "Entrez un montant comme 14,50 : des chiffres, et au plus deux après la virgule.",
  amount_too_small: `Le montant doit être d'au moins ${frenchDecimal(AMOUNT_MIN)}.`,
  amount_too_large: `Le montant peut être d'au plus ${frenchDecimal(AMOUNT_MAX)}.`,
  currency_required: "Choisissez une devise.",
  currency_format: "Une devise est un code de trois lettres comme CAD ou USD.",
  currency_not_offered: ({ choices }) => `Choisissez parmi : ${choices}.`,
  clock_time_format: "Entrez une heure comme 09:00.",
  duration_hours_not_whole: HOURS_FR,
  duration_hours_too_short: HOURS_FR,
  duration_hours_too_long: HOURS_FR,
  duration_days_not_whole: DAYS_FR,
  duration_days_too_short: DAYS_FR,
  duration_days_too_long: DAYS_FR,
  invalid_input: "Entrée non valide",
  state_unknown: "Choisissez un état dans la liste.",
  limit_invalid: "limit doit être un nombre de 1 à 200.",
  note_too_long: `Une note compte au plus ${NOTE_MAX_LENGTH} caractères.`,
  reference_required: "Entrez la référence qu'affiche OPSCOM.",
  reference_too_long: "Une référence compte au plus 100 caractères.",
  finding_required: "Choisissez ce qu'affiche OPSCOM.",
  permit_not_found: "Il n'y a aucun permis avec cet identifiant.",
  history_page_gone: "Cette page de l'historique n'existe plus; recommencez.",
  history_range_backwards: "Le dernier jour précède le premier jour.",
  findings_not_allowed:
    "Seul un gestionnaire ou un administrateur peut consigner une constatation.",
  permit_not_unconfirmed:
    "Seul un permis qu'OPSCOM n'a pas confirmé peut faire l'objet d'une constatation.",
  change_not_found: "Ce permis n'a pas de telle modification.",
  change_not_unconfirmed:
    "Seule une modification qu'OPSCOM n'a pas confirmée peut faire l'objet d'une constatation.",
  reason_required: "Dites pourquoi, en quelques mots.",
  reason_too_long: `Un motif compte au plus ${CHANGE_REASON_MAX_LENGTH} caractères.`,
  correction_empty: "Modifiez au moins la plaque, la zone, la validité ou le numéro de permis.",
  change_action_required: "Dites quoi faire : « update » ou « void ».",
  change_no_effect: "Rien ne changerait : le permis indique déjà cela.",
  permit_changed_meanwhile:
    "Ce permis a changé entre-temps. Consultez-le de nouveau, puis réessayez.",
  permit_pending:
    "Ce permis est encore en cours d'envoi à OPSCOM. Attendez sa réponse avant de le modifier.",
  permit_unconfirmed:
    "OPSCOM n'a jamais confirmé ce permis. Vérifiez d'abord dans OPSCOM : une fois qu'un gestionnaire a consigné qu'il s'y trouve, il peut être modifié.",
  permit_not_issued: "OPSCOM n'a jamais créé ce permis : il n'y a rien à modifier.",
  permit_voided: "Ce permis est annulé : il ne peut plus être modifié.",
  change_in_flight:
    "Une autre modification de ce permis est encore en cours d'envoi à OPSCOM. Attendez sa réponse.",
  change_unconfirmed:
    "OPSCOM n'a pas confirmé la dernière modification. Une fois qu'un gestionnaire a consigné ce qu'affiche OPSCOM, le permis peut de nouveau être modifié.",
  not_your_permit: "Vous ne pouvez modifier que les permis que vous avez émis.",
  not_your_zone: ({ zone }) =>
    `Vous ne pouvez modifier les permis que dans vos propres zones, et celui-ci est dans ${zone}.`,
  change_window_closed: ({ minutes, start }) =>
    `Vous pouvez modifier vos propres permis jusqu'à ${minutes} ${pluralFr(Number(minutes), "minute", "minutes")} après leur début; celui-ci a commencé ${frenchStart(start)}. Demandez à un gestionnaire.`,
  body_not_object: ({ body }) => `Envoyez ${bodyIn(1, body)} sous forme d'objet JSON.`,
  body_unknown_fields: ({ body, fields }) =>
    `Il n'y a pas de champ ${quotedFields(fields, "ou")} dans ${bodyIn(1, body)}.`,
  body_not_json: "Le corps de la demande n'est pas du JSON valide.",
  request_too_large: "La demande est trop volumineuse.",
  json_too_deep: ({ limit }) => `Le corps de la demande est imbriqué sur plus de ${limit} niveaux.`,
  json_required: "Envoyez la demande en application/json.",
  character_in_address: `L'adresse contient ${TEL_QUE}.`,
  character_in_query_parameter: ({ name }) =>
    `Le paramètre de requête « ${name} » contient ${TEL_QUE}.`,
  character_in_field: ({ field }) => `Le champ « ${field} » contient ${TEL_QUE}.`,
  character_in_field_name: `La demande contient ${TEL_QUE}.`,
  character_in_request: `La demande contient ${TEL_QUE}.`,
  character_in_value: `Ce champ contient ${TEL_QUE}. Retapez-le.`,
  cross_site_request: "Les demandes venant d'autres sites ne sont pas acceptées.",
  unknown_host: "Ce serveur ne répond pas sous ce nom d'hôte.",
  route_not_found: "Cette route de l'API n'existe pas.",
  permit_idempotency_key_required:
    "Envoyez un en-tête Idempotency-Key : une nouvelle valeur par soumission.",
  permit_idempotency_key_reused: "Cette Idempotency-Key a déjà servi pour un autre permis.",
  permit_in_progress: "Ce permis est encore en cours d'envoi à OPSCOM.",
  change_idempotency_key_required:
    "Envoyez un en-tête Idempotency-Key : une nouvelle valeur par modification.",
  change_idempotency_key_reused: "Cette Idempotency-Key a déjà servi pour une autre demande.",
  change_in_progress: "Cette modification est encore en cours d'envoi à OPSCOM.",
  permit_not_confirmed:
    "OPSCOM n'a pas confirmé — le permis existe peut-être, ou peut-être pas. Vérifiez dans OPSCOM avant de l'émettre de nouveau.",
  change_not_confirmed:
    "OPSCOM n'a pas confirmé — la modification a peut-être été faite, ou peut-être pas. Vérifiez dans OPSCOM avant de réessayer.",
  permit_opscom_unreachable:
    "OPSCOM n'a pas pu être joint : aucun permis n'a été créé. Réessayez dans un instant.",
  change_opscom_unreachable:
    "OPSCOM n'a pas pu être joint : rien n'a été modifié. Réessayez dans un instant.",
  permit_refused: ({ detail, opscomErrorCode }) =>
    `OPSCOM a refusé le permis${codeInBrackets(opscomErrorCode)} : ${opscomWordsInFrench(detail, opscomErrorCode, "OPSCOM a refusé le permis.")}`,
  change_refused: ({ detail, opscomErrorCode }) =>
    `OPSCOM a refusé la modification${codeInBrackets(opscomErrorCode)} : ${opscomWordsInFrench(detail, opscomErrorCode, "OPSCOM a refusé la modification.")}`,
  change_refused_no_record:
    "OPSCOM n'a aucun permis sous cette référence (9009) : il a peut-être déjà été annulé dans OPSCOM. Rien n'a été modifié.",
  change_refused_no_reference:
    "OPSCOM n'a pas reçu la référence du permis (9008). Rien n'a été modifié.",
  role_invalid: "Choisissez un rôle : administrateur, gestionnaire ou validateur.",
  role_required: "Choisissez un rôle.",
  username_required: "Entrez un nom d'utilisateur.",
  username_too_long: `Un nom d'utilisateur compte au plus ${USERNAME_MAX_LENGTH} caractères.`,
  username_characters:
    "Un nom d'utilisateur ne contient que des lettres, des chiffres et « . », « _ », « - » ou « @ », sans espace.",
  username_taken: ({ username }) => `Le nom d'utilisateur « ${username} » est déjà pris.`,
  password_required: "Entrez un mot de passe.",
  password_too_short: `Utilisez au moins ${PASSWORD_MIN_LENGTH} caractères. Quelques mots à la suite font un bon mot de passe.`,
  password_too_long: `Utilisez au plus ${PASSWORD_MAX_LENGTH} caractères.`,
  password_common:
    "Ce mot de passe est l'un des plus courants et se devine facilement. Choisissez-en un autre.",
  password_contains_username: "Le mot de passe ne doit pas contenir le nom d'utilisateur.",
  sign_in_username_required: "Entrez votre nom d'utilisateur.",
  sign_in_password_required: "Entrez votre mot de passe.",
  current_password_required: "Entrez votre mot de passe actuel.",
  current_password_wrong: "Votre mot de passe actuel n'est pas le bon.",
  name_required: "Entrez un nom.",
  person_name_required: "Entrez le nom de la personne.",
  name_too_long: "Un nom compte au plus 100 caractères.",
  credentials_wrong: "Nom d'utilisateur ou mot de passe erroné.",
  username_throttled:
    "Trop de connexions échouées pour ce nom d'utilisateur. Attendez un instant et réessayez.",
  password_attempts_throttled: "Trop de mots de passe erronés. Attendez un instant et réessayez.",
  address_throttled:
    "Trop de connexions échouées depuis cette adresse réseau. Attendez un instant et réessayez.",
  passwords_busy:
    "Permit Desk est occupé à vérifier d'autres mots de passe. Attendez un instant et réessayez.",
  sign_in_required: "Connectez-vous pour continuer.",
  admin_only: "Seul un administrateur peut faire ceci.",
  user_not_found: "Cet utilisateur n'existe pas.",
  self_demotion:
    "Vous ne pouvez pas vous désactiver ni renoncer à votre propre rôle d'administrateur.",
  admin_exists: "Permit Desk a déjà un administrateur.",
  zones_unknown: ({ zones, count }) =>
    `${Number(count) === 1 ? "Cette zone n'existe pas" : "Ces zones n'existent pas"} : ${zones}. Les noms de zone doivent correspondre exactement à ceux d'OPSCOM, majuscules comprises.`,
  zone_name_required: "Entrez le nom de la zone tel qu'il figure dans OPSCOM.",
  zone_name_too_long: ({ max }) => `Un nom de zone compte au plus ${max} caractères.`,
  zone_name_control_character: ({ codePoint, position }) =>
    `Un nom de zone ne peut pas contenir de tabulation, de saut de ligne ni d'autre caractère de commande (${codePoint} à la position ${position}).`,
  zone_name_invisible_character: ({ codePoint, position }) =>
    `Un nom de zone ne peut pas contenir de caractère invisible (${codePoint} à la position ${position}).`,
  zone_name_special_space: ({ codePoint, position }) =>
    `Un nom de zone ne peut pas contenir d'espace insécable ni d'autre espace spéciale (${codePoint} à la position ${position}) : tapez une espace ordinaire.`,
  zone_name_unassigned_character: ({ codePoint, position }) =>
    `Un nom de zone ne peut pas contenir de caractère non attribué ou à usage privé (${codePoint} à la position ${position}).`,
  zone_name_compatibility_form: ({ codePoint, position }) =>
    `Un nom de zone ne peut pas contenir de forme pleine chasse, stylisée ou autre sosie d'un caractère (${codePoint} à la position ${position}) : tapez le caractère ordinaire.`,
  zone_name_repeated_space: ({ position }) =>
    `Un nom de zone n'a qu'une espace entre les mots (une deuxième espace à la position ${position}).`,
  zone_name_mixed_scripts: ({ character, position, script, first }) =>
    `Un nom de zone s'écrit dans une seule écriture : « ${character} » à la position ${position} est écrit ${inFrenchScript(script)}, dans un nom écrit ${inFrenchScript(first)}.`,
  zone_name_taken: ({ zone }) => `Une zone nommée « ${zone} » existe déjà.`,
  zone_name_taken_other_capitals: ({ zone }) =>
    `Une zone nommée « ${zone} » existe déjà : des noms qui ne diffèrent que par les majuscules désignent une même zone.`,
  zone_not_found: "Cette zone n'existe pas.",
  zone_name_unknown: ({ zone }) =>
    `Il n'y a aucune zone nommée « ${zone} ». Les noms de zone correspondent exactement à ceux d'OPSCOM, majuscules comprises.`,
  template_not_found: "Ce modèle n'existe pas.",
  template_name_taken: ({ zone, name }) => `${zone} a déjà un modèle nommé « ${name} ».`,
  template_currency_required: "Choisissez la devise du montant.",
  template_name_required: "Entrez un nom pour le modèle.",
  template_name_too_long: `Un nom de modèle compte au plus ${TEMPLATE_NAME_MAX_LENGTH} caractères.`,
  template_active_not_boolean: "Indiquez si le modèle est en usage : true ou false.",
  template_position_not_number: "Indiquez la position sous forme de nombre.",
  template_position_not_whole: "Indiquez la position sous forme de nombre entier.",
  template_position_too_small: "Une position vaut au moins 0.",
  template_position_too_large: `Une position vaut au plus ${TEMPLATE_POSITION_MAX}.`,
  templates_not_allowed: "Seul un administrateur ou un gestionnaire peut modifier les modèles.",
  template_zone_not_yours: ({ zone }) =>
    `Vous ne pouvez modifier les modèles que dans vos propres zones, et ${zone} n'en fait pas partie.`,
  permit_number_pattern_not_text: "Entrez le gabarit de numéro de permis sous forme de texte.",
  pattern_unclosed_brace: ({ fragment }) =>
    `« ${fragment} » n'a pas d'accolade fermante : les accolades n'entourent qu'un paramètre, comme {plate}.`,
  pattern_stray_closing_brace: ({ fragment }) =>
    `« ${fragment} » ne ferme aucun paramètre : les accolades n'entourent qu'un paramètre, comme {plate}.`,
  pattern_unknown_placeholder: ({ placeholder }) =>
    `${placeholder} n'est pas un paramètre. Utilisez ${placeholders("ou")}.`,
  pattern_too_long: ({ length }) =>
    `Avec une plaque de ${PLATE_MAX_LENGTH} caractères, cela donne ${length} caractères; un numéro de permis en compte au plus ${PERMIT_NUMBER_MAX_LENGTH}.`,
  audit_page_gone: "Cette page du journal d'audit n'existe pas.",
  audit_action_unknown: ({ action }) => `L'action d'audit « ${action} » n'existe pas.`,
  managers_only: "Seuls les gestionnaires et les administrateurs peuvent le faire.",
  batch_rows_required: "La liste n'a aucune ligne.",
  batch_too_many_rows: "Une liste compte au plus 10 000 lignes.",
  batch_cell_too_long: "Cette valeur est trop longue.",
  batch_not_found: "Cette liste n'existe pas.",
  batch_state_unchanged: ({ state }) => `La liste ne peut pas passer à ${state} maintenant.`,
  plate_repeated_in_list: ({ position }) => `La même plaque figure à la ligne ${position}.`,
  plate_looks_alike_in_list: ({ plate, position }) =>
    `Ressemble à ${plate} à la ligne ${position}.`,
  plate_has_active_permit: ({ zone }) => `A déjà un permis dans ${zone} à ce moment.`,
  day_not_a_date: "Choisissez un jour.",
  restarting:
    "Permit Desk redémarre et ne prend plus de nouvelles demandes. Rien n'a été envoyé : réessayez dans un instant.",
  internal_error: "Un problème est survenu dans Permit Desk. Veuillez réessayer.",
  fields_need_attention: "Certains champs sont à corriger.",
};

export const PROBLEM_WORDS: Record<Locale, ProblemWords> = { "en-CA": ENGLISH, "fr-CA": FRENCH };

/** A problem in the reader's language, with the values the answer gave for its wording. */
export function problemWords(problem: WireProblem, locale: Locale): string {
  const words = PROBLEM_WORDS[locale][problem.code];
  if (typeof words === "string") return words;
  return (words as (params: Record<string, string | number>) => string)(problem.params ?? {});
}

/** A problem as an answer was read, in words; undefined for a code this page does not know. */
export function wordsOfAnswer(problem: ProblemAsRead, locale: Locale): string | undefined {
  return isProblemCode(problem.code)
    ? problemWords({ code: problem.code, params: problem.params }, locale)
    : undefined;
}

/**
 * The words of a form field's error: the problems stored in it, one a line, each in the
 * reader's language (so they follow a switch of language); any other text as it is.
 */
export function fieldErrorWords(message: string, locale: Locale): string[] {
  return message
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const problem = problemOfText(line);
      return problem === undefined ? line : problemWords(problem, locale);
    });
}
