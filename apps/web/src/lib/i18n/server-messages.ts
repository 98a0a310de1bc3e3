import {
  AMOUNT_MAX,
  AMOUNT_MIN,
  CHANGE_REASON_MAX_LENGTH,
  MAX_DURATION_HOURS,
  OPSCOM_ERROR_CODES,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PERMIT_NUMBER_MAX_LENGTH,
  PLATE_MAX_LENGTH,
  TEMPLATE_NAME_MAX_LENGTH,
  TEMPLATE_POSITION_MAX,
  USERNAME_MAX_LENGTH,
  ZONE_MAX_LENGTH,
} from "@permit-desk/schema";
import type { Locale } from "./locale.ts";

/** The BFF's "14:47" or "2026-07-01 10:02" as French writes the time of day: "à 14 h 47". */
function frenchStart(start: string): string {
  const match = /^(?:(\d{4}-\d{2}-\d{2}) )?(\d{2}):(\d{2})$/.exec(start);
  if (!match) return `à ${start}`;
  const [, day, hours, minutes] = match;
  return day === undefined ? `à ${hours} h ${minutes}` : `le ${day} à ${hours} h ${minutes}`;
}

/** A decimal string such as "999999.99" as French writes it: "999 999,99". */
function frenchDecimal(amount: string): string {
  return new Intl.NumberFormat("fr-CA", { minimumFractionDigits: 2 }).format(
    amount as unknown as number,
  );
}

/** "in Cyrillic" as French says it of a script the zone name rule names. */
function inFrenchScript(script: string): string {
  const name = FRENCH_SCRIPTS[script];
  return name === undefined ? "dans une autre écriture" : `en ${name}`;
}

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

/** A count such as "10000" as French writes it: "10 000". */
function frenchInteger(digits: string): string {
  return new Intl.NumberFormat("fr-CA").format(Number(digits));
}

/**
 * The shared schemas' and the BFF's messages, word for word as they write them in English, in
 * French. The schemas stay in one language for every caller; the page translates what it shows.
 */
const FRENCH = new Map<string, string>([
  // Plates, zones, times and the permit draft.
  ["Enter the licence plate.", "Entrez la plaque d'immatriculation."],
  ["Enter the licence plate as text.", "Entrez la plaque d'immatriculation sous forme de texte."],
  [
    `A plate has at most ${PLATE_MAX_LENGTH} letters and digits.`,
    `Une plaque compte au plus ${PLATE_MAX_LENGTH} lettres et chiffres.`,
  ],
  [
    "A plate has letters and digits only.",
    "Une plaque ne contient que des lettres et des chiffres.",
  ],
  [
    `A plate has at most ${PLATE_MAX_LENGTH} characters.`,
    `Une plaque compte au plus ${PLATE_MAX_LENGTH} caractères.`,
  ],
  ["Choose a zone.", "Choisissez une zone."],
  [
    `A zone name has at most ${ZONE_MAX_LENGTH} characters.`,
    `Un nom de zone compte au plus ${ZONE_MAX_LENGTH} caractères.`,
  ],
  ["Choose one of this site's zones.", "Choisissez une des zones de ce site."],
  [
    `A permit number has at most ${PERMIT_NUMBER_MAX_LENGTH} characters.`,
    `Un numéro de permis compte au plus ${PERMIT_NUMBER_MAX_LENGTH} caractères.`,
  ],
  ["Enter the permit number as text.", "Entrez le numéro de permis sous forme de texte."],
  ["Enter a date and time.", "Entrez une date et une heure."],
  ["The permit must end after it starts.", "Le permis doit se terminer après son début."],
  [
    "Around the clock change, OPSCOM would read this end as before the start. Choose a later end.",
    "Au changement d'heure, OPSCOM lirait cette fin comme antérieure au début. Choisissez une fin plus tardive.",
  ],
  // Money: amounts may be typed with a comma or a point before the cents.
  ["Enter an amount like 14.50.", "Entrez un montant comme 14,50."],
  ["Enter the amount as text, like 14.50.", "Entrez le montant sous forme de texte, comme 14,50."],
  [
    "Enter an amount like 14.50: digits, and at most two after the point.",
    "Entrez un montant comme 14,50 : des chiffres, et au plus deux après la virgule.",
  ],
  [
    `The amount must be at least ${AMOUNT_MIN}.`,
    `Le montant doit être d'au moins ${frenchDecimal(AMOUNT_MIN)}.`,
  ],
  [
    `The amount can be at most ${AMOUNT_MAX}.`,
    `Le montant peut être d'au plus ${frenchDecimal(AMOUNT_MAX)}.`,
  ],
  ["Choose a currency.", "Choisissez une devise."],
  [
    "A currency is a three-letter code such as CAD or USD.",
    "Une devise est un code de trois lettres comme CAD ou USD.",
  ],
  // Durations.
  ["Enter a time like 09:00.", "Entrez une heure comme 09:00."],
  ["Enter a whole number of hours.", "Entrez un nombre entier d'heures."],
  ["A permit lasts at least 1 hour.", "Un permis dure au moins 1 heure."],
  [
    `A permit lasts at most ${MAX_DURATION_HOURS} hours.`,
    `Un permis dure au plus ${MAX_DURATION_HOURS} heures.`,
  ],
  ["Enter a whole number of days.", "Entrez un nombre entier de jours."],
  ["A permit lasts at least 1 day.", "Un permis dure au moins 1 jour."],
  // Zod's own word for a duration of no known kind (or none), which the schema leaves to it.
  ["Invalid input", "Entrée non valide"],
  // History and findings.
  ["Choose a state from the list.", "Choisissez un état dans la liste."],
  ["limit must be a number from 1 to 200.", "limit doit être un nombre de 1 à 200."],
  ["A note has at most 1000 characters.", "Une note compte au plus 1000 caractères."],
  ["Enter the reference OPSCOM shows.", "Entrez la référence qu'affiche OPSCOM."],
  ["A reference has at most 100 characters.", "Une référence compte au plus 100 caractères."],
  ["Choose what OPSCOM shows.", "Choisissez ce qu'affiche OPSCOM."],
  ["There is no permit with that id.", "Il n'y a aucun permis avec cet identifiant."],
  [
    "That page of the history no longer exists; start again.",
    "Cette page de l'historique n'existe plus; recommencez.",
  ],
  [
    "Only a manager or an administrator can record a finding.",
    "Seul un gestionnaire ou un administrateur peut consigner une constatation.",
  ],
  [
    "Only a permit OPSCOM did not confirm can be reconciled.",
    "Seul un permis qu'OPSCOM n'a pas confirmé peut faire l'objet d'une constatation.",
  ],
  ["Not a plate.", "Ce n'est pas une plaque."],
  // Corrections, extensions and voids.
  ["Say why, in a few words.", "Dites pourquoi, en quelques mots."],
  [
    `A reason has at most ${CHANGE_REASON_MAX_LENGTH} characters.`,
    `Une raison compte au plus ${CHANGE_REASON_MAX_LENGTH} caractères.`,
  ],
  [
    "OPSCOM cannot remove a permit number; enter the new number.",
    "OPSCOM ne peut pas retirer un numéro de permis; entrez le nouveau numéro.",
  ],
  [
    "Change at least one of the plate, zone, validity or permit number.",
    "Modifiez au moins la plaque, la zone, la validité ou le numéro de permis.",
  ],
  ['Say what to do: "update" or "void".', "Dites quoi faire : « update » ou « void »."],
  ["Send the change as a JSON object.", "Envoyez la modification sous forme d'objet JSON."],
  [
    "Nothing would change: the permit already reads so.",
    "Rien ne changerait : le permis indique déjà cela.",
  ],
  [
    "Send an Idempotency-Key header: one new value per change.",
    "Envoyez un en-tête Idempotency-Key : une nouvelle valeur par modification.",
  ],
  [
    "This Idempotency-Key was already used for another request.",
    "Cette Idempotency-Key a déjà servi pour une autre demande.",
  ],
  [
    "This change is still being sent to OPSCOM.",
    "Cette modification est encore en cours d'envoi à OPSCOM.",
  ],
  ["There is no such change of a permit.", "Ce permis n'a pas de telle modification."],
  [
    "Only a change OPSCOM did not confirm can be reconciled.",
    "Seule une modification qu'OPSCOM n'a pas confirmée peut faire l'objet d'une constatation.",
  ],
  [
    "This permit changed meanwhile. Look at it again, then retry.",
    "Ce permis a changé entre-temps. Consultez-le de nouveau, puis réessayez.",
  ],
  [
    "This permit is still being sent to OPSCOM. Wait for its answer before changing it.",
    "Ce permis est encore en cours d'envoi à OPSCOM. Attendez sa réponse avant de le modifier.",
  ],
  [
    "OPSCOM never confirmed this permit. Check OPSCOM first: once a manager records that it is there, it can be changed.",
    "OPSCOM n'a jamais confirmé ce permis. Vérifiez d'abord dans OPSCOM : une fois qu'un gestionnaire a consigné qu'il s'y trouve, il peut être modifié.",
  ],
  [
    "OPSCOM never made this permit, so there is nothing to change.",
    "OPSCOM n'a jamais créé ce permis : il n'y a rien à modifier.",
  ],
  ["This permit is voided already.", "Ce permis est déjà annulé."],
  [
    "Another change to this permit is still being sent to OPSCOM. Wait for its answer.",
    "Une autre modification de ce permis est encore en cours d'envoi à OPSCOM. Attendez sa réponse.",
  ],
  [
    "OPSCOM did not confirm the last change to this permit. Check OPSCOM first: once a manager records what it shows, the permit can be changed again.",
    "OPSCOM n'a pas confirmé la dernière modification de ce permis. Vérifiez d'abord dans OPSCOM : une fois qu'un gestionnaire a consigné ce qu'il affiche, le permis peut de nouveau être modifié.",
  ],
  [
    "You can change only the permits you issued.",
    "Vous ne pouvez modifier que les permis que vous avez émis.",
  ],
  // Accounts, passwords and sign-in.
  [
    "Choose a role: admin, manager or validator.",
    "Choisissez un rôle : administrateur, gestionnaire ou validateur.",
  ],
  ["Choose a role.", "Choisissez un rôle."],
  ["Enter a username.", "Entrez un nom d'utilisateur."],
  [
    `A username has at most ${USERNAME_MAX_LENGTH} characters.`,
    `Un nom d'utilisateur compte au plus ${USERNAME_MAX_LENGTH} caractères.`,
  ],
  [
    'A username has letters, digits and ".", "_", "-" or "@" only, with no spaces.',
    "Un nom d'utilisateur ne contient que des lettres, des chiffres et « . », « _ », « - » ou « @ », sans espace.",
  ],
  ["Enter a password.", "Entrez un mot de passe."],
  [
    `Use at least ${PASSWORD_MIN_LENGTH} characters. A few words in a row make a good password.`,
    `Utilisez au moins ${PASSWORD_MIN_LENGTH} caractères. Quelques mots à la suite font un bon mot de passe.`,
  ],
  [
    `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
    `Utilisez au plus ${PASSWORD_MAX_LENGTH} caractères.`,
  ],
  [
    "This password is one of the most common ones and easy to guess. Choose another.",
    "Ce mot de passe est l'un des plus courants et se devine facilement. Choisissez-en un autre.",
  ],
  [
    "The password must not contain the username.",
    "Le mot de passe ne doit pas contenir le nom d'utilisateur.",
  ],
  ["Enter your username.", "Entrez votre nom d'utilisateur."],
  ["Enter your password.", "Entrez votre mot de passe."],
  ["Enter your current password.", "Entrez votre mot de passe actuel."],
  ["Your current password is not right.", "Votre mot de passe actuel n'est pas le bon."],
  ["Enter a name.", "Entrez un nom."],
  ["Enter the person's name.", "Entrez le nom de la personne."],
  ["A name has at most 100 characters.", "Un nom compte au plus 100 caractères."],
  ["Wrong username or password.", "Nom d'utilisateur ou mot de passe erroné."],
  [
    "Too many failed sign-ins for this username. Wait a moment and try again.",
    "Trop de connexions échouées pour ce nom d'utilisateur. Attendez un instant et réessayez.",
  ],
  [
    "Too many wrong passwords. Wait a moment and try again.",
    "Trop de mots de passe erronés. Attendez un instant et réessayez.",
  ],
  [
    "Too many failed sign-ins from this network address. Wait a moment and try again.",
    "Trop de connexions échouées depuis cette adresse réseau. Attendez un instant et réessayez.",
  ],
  [
    "Permit Desk is busy checking other passwords. Wait a moment and try again.",
    "Permit Desk est occupé à vérifier d'autres mots de passe. Attendez un instant et réessayez.",
  ],
  ["Sign in to continue.", "Connectez-vous pour continuer."],
  ["Only an administrator can do this.", "Seul un administrateur peut faire ceci."],
  ["There is no such user.", "Cet utilisateur n'existe pas."],
  [
    "You cannot disable yourself or give up your own administrator role.",
    "Vous ne pouvez pas vous désactiver ni renoncer à votre propre rôle d'administrateur.",
  ],
  ["Permit Desk already has an administrator.", "Permit Desk a déjà un administrateur."],
  // Zones and the audit trail.
  [
    "Enter the zone's name as OPSCOM has it.",
    "Entrez le nom de la zone tel qu'il figure dans OPSCOM.",
  ],
  ["There is no such zone.", "Cette zone n'existe pas."],
  ["Invalid zone name.", "Nom de zone non valide."],
  ["Not a zone.", "Ce n'est pas une zone."],
  // Permit templates.
  ["There is no such template.", "Ce modèle n'existe pas."],
  ["Invalid template.", "Modèle non valide."],
  ["Choose the currency of the amount.", "Choisissez la devise du montant."],
  ["Enter a name for the template.", "Entrez un nom pour le modèle."],
  [
    `A template name has at most ${TEMPLATE_NAME_MAX_LENGTH} characters.`,
    `Un nom de modèle compte au plus ${TEMPLATE_NAME_MAX_LENGTH} caractères.`,
  ],
  [
    "Enter the permit-number pattern as text.",
    "Entrez le gabarit de numéro de permis sous forme de texte.",
  ],
  ["Send a template as a JSON object.", "Envoyez un modèle sous forme d'objet JSON."],
  [
    "Send a template change as a JSON object.",
    "Envoyez une modification de modèle sous forme d'objet JSON.",
  ],
  [
    "Say whether the template is in use: true or false.",
    "Indiquez si le modèle est en usage : true ou false.",
  ],
  ["Give the position as a number.", "Indiquez la position sous forme de nombre."],
  ["Give the position as a whole number.", "Indiquez la position sous forme de nombre entier."],
  ["A position is at least 0.", "Une position vaut au moins 0."],
  [
    `A position is at most ${TEMPLATE_POSITION_MAX}.`,
    `Une position vaut au plus ${TEMPLATE_POSITION_MAX}.`,
  ],
  [
    "Only an administrator or a manager can change templates.",
    "Seul un administrateur ou un gestionnaire peut modifier les modèles.",
  ],
  ["That page of the audit trail does not exist.", "Cette page du journal d'audit n'existe pas."],
  // Requests.
  ["The request body is not valid JSON.", "Le corps de la demande n'est pas du JSON valide."],
  ["The request is too large.", "La demande est trop volumineuse."],
  [
    "The address has a character Permit Desk does not accept, such as an invisible control character.",
    "L'adresse contient un caractère que Permit Desk n'accepte pas, comme un caractère de contrôle invisible.",
  ],
  [
    "A field name in the request has a character Permit Desk does not accept, such as an invisible control character.",
    "Un nom de champ de la demande contient un caractère que Permit Desk n'accepte pas, comme un caractère de contrôle invisible.",
  ],
  [
    "The request has a character Permit Desk does not accept, such as an invisible control character.",
    "La demande contient un caractère que Permit Desk n'accepte pas, comme un caractère de contrôle invisible.",
  ],
  [
    "This has a character Permit Desk does not accept, such as an invisible control character. Retype it.",
    "Ce champ contient un caractère que Permit Desk n'accepte pas, comme un caractère de contrôle invisible. Retapez-le.",
  ],
  [
    "Requests from other sites are not accepted.",
    "Les demandes venant d'autres sites ne sont pas acceptées.",
  ],
  [
    "This server does not answer under that host name.",
    "Ce serveur ne répond pas sous ce nom d'hôte.",
  ],
  ["Send the request as application/json.", "Envoyez la demande en application/json."],
  ["Send the permit as a JSON object.", "Envoyez le permis sous forme d'objet JSON."],
  ["Some fields need attention.", "Certains champs sont à corriger."],
  ["There is no such API route.", "Cette route de l'API n'existe pas."],
  [
    "Something went wrong in Permit Desk. Please try again.",
    "Un problème est survenu dans Permit Desk. Veuillez réessayer.",
  ],
  [
    "Send an Idempotency-Key header: one new value per submission.",
    "Envoyez un en-tête Idempotency-Key : une nouvelle valeur par soumission.",
  ],
  [
    "This Idempotency-Key was already used for another permit.",
    "Cette Idempotency-Key a déjà servi pour un autre permis.",
  ],
  ["This permit is still being sent to OPSCOM.", "Ce permis est encore en cours d'envoi à OPSCOM."],
  [
    "Permit Desk is restarting and takes no new requests. Nothing was sent: try again in a moment.",
    "Permit Desk redémarre et ne prend plus de nouvelles demandes. Rien n'a été envoyé : réessayez dans un instant.",
  ],
  // OPSCOM's answers.
  [
    "OPSCOM did not confirm — the permit may or may not exist. Check OPSCOM before issuing it again.",
    "OPSCOM n'a pas confirmé — le permis existe peut-être, ou peut-être pas. Vérifiez dans OPSCOM avant de l'émettre de nouveau.",
  ],
  [
    "OPSCOM could not be reached, so no permit was made. Try again in a moment.",
    "OPSCOM n'a pas pu être joint : aucun permis n'a été créé. Réessayez dans un instant.",
  ],
  ["OPSCOM refused the permit.", "OPSCOM a refusé le permis."],
  [
    "OPSCOM did not confirm — the change may or may not have been made. Check OPSCOM before trying again.",
    "OPSCOM n'a pas confirmé — la modification a peut-être été faite, ou peut-être pas. Vérifiez dans OPSCOM avant de réessayer.",
  ],
  [
    "OPSCOM could not be reached, so nothing was changed. Try again in a moment.",
    "OPSCOM n'a pas pu être joint : rien n'a été modifié. Réessayez dans un instant.",
  ],
  [
    "OPSCOM has no permit under this reference (9009): it may have been voided in OPSCOM already. Nothing was changed.",
    "OPSCOM n'a aucun permis sous cette référence (9009) : il a peut-être déjà été annulé dans OPSCOM. Rien n'a été modifié.",
  ],
  [
    "OPSCOM did not receive the permit's reference (9008). Nothing was changed.",
    "OPSCOM n'a pas reçu la référence du permis (9008). Rien n'a été modifié.",
  ],
  ["OPSCOM refused the change.", "OPSCOM a refusé la modification."],
  [
    "OPSCOM reported a vehicle or user error.",
    "OPSCOM a signalé une erreur de véhicule ou d'utilisateur.",
  ],
  ["OPSCOM reported an error.", "OPSCOM a signalé une erreur."],
  // Why OPSCOM's answer is not known, as the journal records it.
  [
    "interrupted before OPSCOM's answer was recorded",
    "interrompu avant que la réponse d'OPSCOM soit consignée",
  ],
  ["deadline passed before sending", "délai écoulé avant l'envoi"],
  [OPSCOM_ERROR_CODES[9000], "Le code client est manquant."],
  [OPSCOM_ERROR_CODES[9001], "Le jeton d'API est manquant."],
  [OPSCOM_ERROR_CODES[9002], "Le jeton d'API n'a pas la permission pour cette demande."],
  [OPSCOM_ERROR_CODES[9003], "La demande n'a pas pu être analysée."],
  [OPSCOM_ERROR_CODES[9004], "L'heure de fin est requise."],
  [OPSCOM_ERROR_CODES[9005], "L'heure de fin n'est pas valide."],
  [OPSCOM_ERROR_CODES[9006], "La plaque d'immatriculation est requise."],
  [OPSCOM_ERROR_CODES[9007], "L'heure de début n'est pas valide."],
  [OPSCOM_ERROR_CODES[9008], "L'identifiant de référence est requis."],
  [OPSCOM_ERROR_CODES[9009], "L'enregistrement est introuvable."],
  [OPSCOM_ERROR_CODES[9030], "Un champ est trop long."],
  [OPSCOM_ERROR_CODES[9031], "Un champ est requis."],
  [OPSCOM_ERROR_CODES[9032], "Un champ est trop court."],
  [OPSCOM_ERROR_CODES[9033], "La valeur d'un champ n'est pas valide."],
]);

type Pattern = readonly [english: RegExp, french: (parts: string[]) => string];

/** The bodies of a change's requests, as the schemas name them. */
const CHANGE_BODIES: Record<string, string> = {
  "a correction": "une correction",
  "an update": "une mise à jour",
  "a void": "une annulation",
  "a finding": "une constatation",
};

/** Messages naming something (a zone, a username, OPSCOM's own words): that part is kept. */
const FRENCH_PATTERNS: readonly Pattern[] = [
  [
    /^You are not assigned to issue permits in (.+)\.$/s,
    ([zone]) => `Vous n'êtes pas autorisé à émettre des permis dans ${zone}.`,
  ],
  [
    /^You cannot issue permits in (.+)\.$/s,
    ([zone]) => `Vous ne pouvez pas émettre de permis dans ${zone}.`,
  ],
  [/^Choose one of: (.+)\.$/s, ([choices]) => `Choisissez parmi : ${choices}.`],
  [/^No user has the id (.+)\.$/s, ([id]) => `Aucun utilisateur n'a l'identifiant ${id}.`],
  [/^No zone has the id (.+)\.$/s, ([id]) => `Aucune zone n'a l'identifiant ${id}.`],
  [/^No template has the id (.+)\.$/s, ([id]) => `Aucun modèle n'a l'identifiant ${id}.`],
  [
    /^(.+) already has a template named "(.*)"\.$/s,
    ([zone, name]) => `${zone} a déjà un modèle nommé « ${name} ».`,
  ],
  [
    /^You can change templates only in your own zones, and (.+) is not one of them\.$/s,
    ([zone]) =>
      `Vous ne pouvez modifier les modèles que dans vos propres zones, et ${zone} n'en fait pas partie.`,
  ],
  [
    /^There is no zone named "(.*)"\. Zone names match OPSCOM exactly, including capitals\.$/s,
    ([zone]) =>
      `Il n'y a aucune zone nommée « ${zone} ». Les noms de zone correspondent exactement à ceux d'OPSCOM, majuscules comprises.`,
  ],
  [
    /^The username "(.*)" is already taken\.$/s,
    ([username]) => `Le nom d'utilisateur « ${username} » est déjà pris.`,
  ],
  [
    /^A zone named "(.*)" already exists\.$/s,
    ([zone]) => `Une zone nommée « ${zone} » existe déjà.`,
  ],
  [
    /^A zone named "(.*)" already exists: names that differ only in capitals are one zone\.$/s,
    ([zone]) =>
      `Une zone nommée « ${zone} » existe déjà : des noms qui ne diffèrent que par les majuscules désignent une même zone.`,
  ],
  [
    /^A zone name cannot contain a tab, a line break or another control character \((U\+[0-9A-F]+) at position (\d+)\)\.$/,
    ([code, position]) =>
      `Un nom de zone ne peut pas contenir de tabulation, de saut de ligne ni d'autre caractère de commande (${code} à la position ${position}).`,
  ],
  [
    /^A zone name cannot contain an invisible character \((U\+[0-9A-F]+) at position (\d+)\)\.$/,
    ([code, position]) =>
      `Un nom de zone ne peut pas contenir de caractère invisible (${code} à la position ${position}).`,
  ],
  [
    /^A zone name cannot contain a no-break or other special space \((U\+[0-9A-F]+) at position (\d+)\): type an ordinary space\.$/,
    ([code, position]) =>
      `Un nom de zone ne peut pas contenir d'espace insécable ni d'autre espace spéciale (${code} à la position ${position}) : tapez une espace ordinaire.`,
  ],
  [
    /^A zone name cannot contain an unassigned or private-use character \((U\+[0-9A-F]+) at position (\d+)\)\.$/,
    ([code, position]) =>
      `Un nom de zone ne peut pas contenir de caractère non attribué ou à usage privé (${code} à la position ${position}).`,
  ],
  [
    /^A zone name cannot contain a full-width, styled or other look-alike form of a character \((U\+[0-9A-F]+) at position (\d+)\): type the ordinary character\.$/,
    ([code, position]) =>
      `Un nom de zone ne peut pas contenir de forme pleine chasse, stylisée ou autre sosie d'un caractère (${code} à la position ${position}) : tapez le caractère ordinaire.`,
  ],
  [
    /^A zone name has one space between words \(a second space at position (\d+)\)\.$/,
    ([position]) =>
      `Un nom de zone n'a qu'une espace entre les mots (une deuxième espace à la position ${position}).`,
  ],
  [
    /^A zone name is written in one script: "(.+)" at position (\d+) is (.+), in a (.+) name\.$/s,
    ([character, position, script = "", first = ""]) =>
      `Un nom de zone s'écrit dans une seule écriture : « ${character} » à la position ${position} est écrit ${inFrenchScript(script)}, dans un nom écrit ${inFrenchScript(first)}.`,
  ],
  [
    /^(This zone does|These zones do) not exist: (.+)\. Zone names must match OPSCOM exactly, including capitals\.$/s,
    ([one, zones]) =>
      `${one === "This zone does" ? "Cette zone n'existe pas" : "Ces zones n'existent pas"} : ${zones}. Les noms de zone doivent correspondre exactement à ceux d'OPSCOM, majuscules comprises.`,
  ],
  [
    /^(\{[^{}]*\}) is not a placeholder\. Use (.+); any other text is kept as it is\.$/s,
    ([placeholder, list]) =>
      `${placeholder} n'est pas un paramètre. Utilisez ${list}; tout autre texte est gardé tel quel.`,
  ],
  [
    /^"(.*)" has no closing brace\. Braces only surround placeholders, such as \{plate\}\.$/s,
    ([fragment]) =>
      `« ${fragment} » n'a pas d'accolade fermante. Les accolades n'entourent que des paramètres, comme {plate}.`,
  ],
  [
    /^"(.*)" closes no placeholder\. Braces only surround placeholders, such as \{plate\}\.$/s,
    ([fragment]) =>
      `« ${fragment} » ne ferme aucun paramètre. Les accolades n'entourent que des paramètres, comme {plate}.`,
  ],
  [
    /^With a (\d+)-character plate this gives (\d+) characters; a permit number has at most (\d+)\.$/s,
    ([plate, length, most]) =>
      `Avec une plaque de ${plate} caractères, cela donne ${length} caractères; un numéro de permis compte au plus ${most}.`,
  ],
  [
    /^There is no (.+) field in (a template|a template change)\.$/s,
    ([fields = "", what]) =>
      `Il n'y a pas de champ ${fields.replaceAll('" or "', '" ou "')} dans ${what === "a template" ? "un modèle" : "une modification de modèle"}.`,
  ],
  [
    /^The query parameter "(.*)" has a character Permit Desk does not accept, such as an invisible control character\.$/s,
    ([name]) =>
      `Le paramètre de requête « ${name} » contient un caractère que Permit Desk n'accepte pas, comme un caractère de contrôle invisible.`,
  ],
  [
    /^The field "(.*)" has a character Permit Desk does not accept, such as an invisible control character\.$/s,
    ([field]) =>
      `Le champ « ${field} » contient un caractère que Permit Desk n'accepte pas, comme un caractère de contrôle invisible.`,
  ],
  [
    /^The request body nests more than (.+) levels deep\.$/s,
    ([limit]) => `Le corps de la demande est imbriqué sur plus de ${limit} niveaux.`,
  ],
  [
    /^There is no audit action "(.*)"\.$/s,
    ([action]) => `L'action d'audit « ${action} » n'existe pas.`,
  ],
  [
    /^You can change your own permits until (.+?) minutes? after they start; this one started at (.+)\. Ask a manager\.$/s,
    ([minutes = "", start = ""]) =>
      `Vous pouvez modifier vos propres permis jusqu'à ${minutes} ${Number(minutes) < 2 ? "minute" : "minutes"} après leur début; celui-ci a commencé ${frenchStart(start)}. Demandez à un gestionnaire.`,
  ],
  [
    /^You can change permits only in your own zones, and this one is in (.+)\.$/s,
    ([zone]) =>
      `Vous ne pouvez modifier les permis que dans vos propres zones, et celui-ci est dans ${zone}.`,
  ],
  [
    /^There is no (.+) field in (a correction|an update|a void|a finding)\.$/s,
    ([fields = "", what = ""]) =>
      `Il n'y a pas de champ ${fields.replaceAll('" or "', '" ou "')} dans ${CHANGE_BODIES[what] ?? what}.`,
  ],
  [
    /^Send (a correction|an update|a void|a finding) as a JSON object\.$/s,
    ([what = ""]) => `Envoyez ${CHANGE_BODIES[what] ?? what} sous forme d'objet JSON.`,
  ],
  [
    /^A permit can start at most (\d+) (hours?) in the past\.$/,
    ([count = "", unit]) =>
      `Un permis peut commencer au plus ${frenchInteger(count)} ${unit === "hour" ? "heure" : "heures"} dans le passé.`,
  ],
  [
    /^A permit can start at most (\d+) (days?) from now\.$/,
    ([count = "", unit]) =>
      `Un permis peut commencer au plus ${frenchInteger(count)} ${unit === "day" ? "jour" : "jours"} à l'avance.`,
  ],
  [
    /^A permit lasts at most (\d+) (days?)\.$/,
    ([count = "", unit]) =>
      `Un permis dure au plus ${frenchInteger(count)} ${unit === "day" ? "jour" : "jours"}.`,
  ],
  [
    /^HTTP (\d{3}), not a JSON object$/,
    ([status]) => `HTTP ${status} : la réponse n'est pas un objet JSON`,
  ],
  [
    /^HTTP (\d{3}), no usable reference_id$/,
    ([status]) => `HTTP ${status} : la réponse n'a pas de reference_id utilisable`,
  ],
  [
    /^HTTP (\d{3}), a refusal carrying the reference (.+)$/s,
    ([status, reference]) => `HTTP ${status} : un refus portant la référence ${reference}`,
  ],
  [
    /^HTTP (\d{3}), no single usable reference \((.+)\)$/s,
    ([status, shown]) => `HTTP ${status} : aucune référence unique utilisable (${shown})`,
  ],
  [/^no answer within (\d+) ms$/, ([ms = ""]) => `aucune réponse en ${frenchInteger(ms)} ms`],
  [
    /^(.+) \((\d+) attempts?\)$/s,
    ([what = "", count = ""]) =>
      `${frenchOfOne(what) ?? what} (${count} ${Number(count) < 2 ? "tentative" : "tentatives"})`,
  ],
  [
    /^OPSCOM refused the change \(([^)]+)\): (.*)$/s,
    ([code = "", reason = ""]) =>
      `OPSCOM a refusé la modification (${code}) : ${frenchOfOne(reason) ?? reason}`,
  ],
  [
    /^OPSCOM refused the change: (.*)$/s,
    ([reason = ""]) => `OPSCOM a refusé la modification : ${frenchOfOne(reason) ?? reason}`,
  ],
  [
    /^OPSCOM refused the permit \(([^)]+)\): (.*)$/s,
    ([code = "", reason = ""]) =>
      `OPSCOM a refusé le permis (${code}) : ${frenchOfOne(reason) ?? reason}`,
  ],
  [
    /^OPSCOM refused the permit: (.*)$/s,
    ([reason = ""]) => `OPSCOM a refusé le permis : ${frenchOfOne(reason) ?? reason}`,
  ],
];

function frenchOfOne(text: string): string | undefined {
  const exact = FRENCH.get(text);
  if (exact !== undefined) return exact;
  for (const [english, french] of FRENCH_PATTERNS) {
    const match = english.exec(text);
    if (match) return french(match.slice(1));
  }
  return undefined;
}

/** Where one sentence ends and another may begin: after ".", "!" or "?" and a space. */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (let index = text.indexOf(" "); index !== -1; index = text.indexOf(" ", index + 1)) {
    if (/[.!?]/.test(text[index - 1] ?? "")) ends.push(index);
  }
  return ends;
}

/** The BFF joins a schema's messages with spaces: known messages end to end, longest first. */
function frenchOf(text: string): string | undefined {
  const whole = frenchOfOne(text);
  if (whole !== undefined) return whole;
  for (const end of sentenceEnds(text).reverse()) {
    const head = frenchOfOne(text.slice(0, end));
    if (head === undefined) continue;
    const tail = frenchOf(text.slice(end + 1));
    if (tail !== undefined) return `${head} ${tail}`;
  }
  return undefined;
}

/** Whether a text is one the page has words for, rather than something recorded as it came. */
export function isKnownServerText(text: string): boolean {
  return frenchOf(text) !== undefined;
}

/** A message of the schemas or the BFF in the reader's language; an unknown one as it came. */
export function translateServerText(text: string, locale: Locale): string {
  if (locale === "en-CA") return text;
  return frenchOf(text) ?? text;
}
