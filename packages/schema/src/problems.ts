/**
 * Every problem Permit Desk can report to a member, by a stable code, with the names of the values
 * its wording needs. The schemas and the BFF say what is wrong by code; the web app's catalogues
 * say it in the member's language. A value the web app knows already (a fixed maximum length)
 * is not a parameter; one only the server knows (a configured bound, a zone's name) is.
 */
export const PROBLEMS = {
  // Plates, zones, times and the permit draft.
  plate_required: [],
  plate_not_text: [],
  plate_too_long: [],
  plate_not_alphanumeric: ["character", "codePoint", "position"],
  plate_filter_too_long: [],
  zone_required: [],
  zone_too_long: [],
  permit_number_too_long: [],
  permit_number_not_text: [],
  permit_number_removed: [],
  date_time_required: [],
  validity_end_before_start: [],
  validity_end_before_start_on_wire: [],
  validity_start_too_early: ["hours"],
  validity_start_too_late: ["days"],
  validity_too_long: ["days"],
  zone_not_at_site: [],
  zone_not_assigned: ["zone"],
  zone_not_issuable: ["zone"],
  // Money.
  amount_expected: [],
  amount_not_text: [],
  amount_format: [],
  amount_too_small: [],
  amount_too_large: [],
  currency_required: [],
  currency_format: [],
  currency_not_offered: ["choices"],
  // Durations.
  clock_time_format: [],
  duration_hours_not_whole: [],
  duration_hours_too_short: [],
  duration_hours_too_long: [],
  duration_days_not_whole: [],
  duration_days_too_short: [],
  duration_days_too_long: [],
  /** A value of no kind the schema knows, worded by zod itself. */
  invalid_input: [],
  // History and findings.
  state_unknown: [],
  limit_invalid: [],
  note_too_long: [],
  reference_required: [],
  reference_too_long: [],
  finding_required: [],
  permit_not_found: [],
  history_page_gone: [],
  history_range_backwards: [],
  findings_not_allowed: [],
  permit_not_unconfirmed: [],
  change_not_found: [],
  change_not_unconfirmed: [],
  // Corrections, extensions and voids.
  reason_required: [],
  reason_too_long: [],
  correction_empty: [],
  change_action_required: [],
  change_no_effect: [],
  permit_changed_meanwhile: [],
  permit_pending: [],
  permit_unconfirmed: [],
  permit_not_issued: [],
  permit_voided: [],
  change_in_flight: [],
  change_unconfirmed: [],
  not_your_permit: [],
  not_your_zone: ["zone"],
  /** `start` is "14:47" today or "2026-07-01 14:47" another day, on the site's clock. */
  change_window_closed: ["minutes", "start"],
  // Request bodies; `body` names what was sent (see REQUEST_BODIES).
  body_not_object: ["body"],
  /** `fields`: the unknown field names, joined by ", ". */
  body_unknown_fields: ["body", "fields"],
  body_not_json: [],
  request_too_large: [],
  json_too_deep: ["limit"],
  json_required: [],
  character_in_address: [],
  character_in_query_parameter: ["name"],
  character_in_field: ["field"],
  character_in_field_name: [],
  character_in_request: [],
  character_in_value: [],
  cross_site_request: [],
  unknown_host: [],
  route_not_found: [],
  permit_idempotency_key_required: [],
  permit_idempotency_key_reused: [],
  permit_in_progress: [],
  change_idempotency_key_required: [],
  change_idempotency_key_reused: [],
  change_in_progress: [],
  // OPSCOM's answers. `detail` is OPSCOM's own message, `opscomErrorCode` its code; "" for none.
  permit_not_confirmed: [],
  change_not_confirmed: [],
  permit_opscom_unreachable: [],
  change_opscom_unreachable: [],
  permit_refused: ["detail", "opscomErrorCode"],
  change_refused: ["detail", "opscomErrorCode"],
  change_refused_no_record: [],
  change_refused_no_reference: [],
  // Accounts, passwords and sign-in.
  role_invalid: [],
  role_required: [],
  username_required: [],
  username_too_long: [],
  username_characters: [],
  username_taken: ["username"],
  password_required: [],
  password_too_short: [],
  password_too_long: [],
  password_common: [],
  password_contains_username: [],
  sign_in_username_required: [],
  sign_in_password_required: [],
  current_password_required: [],
  current_password_wrong: [],
  name_required: [],
  person_name_required: [],
  name_too_long: [],
  credentials_wrong: [],
  username_throttled: [],
  password_attempts_throttled: [],
  address_throttled: [],
  passwords_busy: [],
  sign_in_required: [],
  admin_only: [],
  user_not_found: [],
  self_demotion: [],
  admin_exists: [],
  /** `zones`: the names, each quoted, joined by ", "; `count` how many. */
  zones_unknown: ["zones", "count"],
  // Zones.
  zone_name_required: [],
  zone_name_too_long: ["max"],
  zone_name_control_character: ["codePoint", "position"],
  zone_name_invisible_character: ["codePoint", "position"],
  zone_name_special_space: ["codePoint", "position"],
  zone_name_unassigned_character: ["codePoint", "position"],
  zone_name_compatibility_form: ["codePoint", "position"],
  zone_name_repeated_space: ["position"],
  /** `script` and `first` are Unicode script names ("Cyrillic", "Latin"). */
  zone_name_mixed_scripts: ["character", "position", "script", "first"],
  zone_name_taken: ["zone"],
  zone_name_taken_other_capitals: ["zone"],
  zone_not_found: [],
  zone_name_unknown: ["zone"],
  // Permit templates.
  template_not_found: [],
  template_name_taken: ["zone", "name"],
  template_currency_required: [],
  template_name_required: [],
  template_name_too_long: [],
  template_active_not_boolean: [],
  template_position_not_number: [],
  template_position_not_whole: [],
  template_position_too_small: [],
  template_position_too_large: [],
  templates_not_allowed: [],
  template_zone_not_yours: ["zone"],
  permit_number_pattern_not_text: [],
  pattern_unclosed_brace: ["fragment"],
  pattern_stray_closing_brace: ["fragment"],
  pattern_unknown_placeholder: ["placeholder"],
  pattern_too_long: ["length"],
  // The audit trail.
  audit_page_gone: [],
  audit_action_unknown: ["action"],
  // Lists issued on the server, and the day at a glance.
  managers_only: [],
  batch_rows_required: [],
  batch_too_many_rows: [],
  batch_cell_too_long: [],
  batch_not_found: [],
  batch_state_unchanged: ["state"],
  plate_repeated_in_list: ["position"],
  plate_looks_alike_in_list: ["plate", "position"],
  plate_has_active_permit: ["zone"],
  day_not_a_date: [],
  // Permit Desk itself.
  restarting: [],
  internal_error: [],
  fields_need_attention: [],
} as const satisfies Record<string, readonly string[]>;

export type ProblemCode = keyof typeof PROBLEMS;
export const PROBLEM_CODES = Object.keys(PROBLEMS) as ProblemCode[];

/** The values a problem's wording needs, by name. */
export type ProblemParams<C extends ProblemCode> = Record<
  (typeof PROBLEMS)[C][number],
  string | number
>;

/** One problem: a code, and the values its wording needs when it needs any. */
export type Problem = {
  [C in ProblemCode]: (typeof PROBLEMS)[C] extends readonly []
    ? { code: C; params?: undefined }
    : { code: C; params: ProblemParams<C> };
}[ProblemCode];

/**
 * The longest text a parameter holds in an answer: a zone's name at its longest. Some
 * parameters repeat what a client sent (an audit action no one has, field names no body has,
 * a zone filter); an answer does not grow with them.
 */
export const PARAM_MAX_LENGTH = 200;

/**
 * Characters a parameter never holds: controls, line breaks among them, which would break the
 * sentence a value is worded into, and bidirectional formatting, which would reorder it.
 */
export const UNSHOWN_IN_PARAMS = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

const UNSHOWN_EVERYWHERE = new RegExp(UNSHOWN_IN_PARAMS.source, "gu");

/**
 * A text parameter as an answer carries it: each such character U+FFFD, so that "Lot\n4" is
 * not shown as the zone "Lot 4", and at most `PARAM_MAX_LENGTH` UTF-16 units, as zod counts
 * them; a cut one ends in an ellipsis, never in half a character.
 */
export function shownParam(text: string): string {
  const shown = text.replace(UNSHOWN_EVERYWHERE, "\ufffd");
  if (shown.length <= PARAM_MAX_LENGTH) return shown;
  let end = PARAM_MAX_LENGTH - 1;
  const last = shown.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${shown.slice(0, end)}\u2026`;
}

/** What a request body was meant to be, as `body_not_object` and `body_unknown_fields` name it. */
export const REQUEST_BODIES = [
  "permit",
  "change",
  "correction",
  "update",
  "void",
  "finding",
  "template",
  "template_change",
] as const;
export type RequestBody = (typeof REQUEST_BODIES)[number];

export function isProblemCode(code: unknown): code is ProblemCode {
  return typeof code === "string" && Object.hasOwn(PROBLEMS, code);
}

/** A problem with its parameters, checked: `problem("zone_not_assigned", { zone })`. */
export function problem<C extends ProblemCode>(
  code: C,
  ...params: (typeof PROBLEMS)[C] extends readonly [] ? [] : [ProblemParams<C>]
): Problem {
  return (params[0] === undefined ? { code } : { code, params: params[0] }) as Problem;
}

/**
 * A problem as the text of a zod issue or a form field's error: the bare code, or its JSON when
 * it has parameters. Zod and react-hook-form carry a message string and nothing else; this lets
 * a problem pass through both unchanged and be worded only where it is shown.
 */
export function problemAsText(problem: {
  code: string;
  params?: Record<string, string | number> | undefined;
}): string {
  return problem.params === undefined ? problem.code : JSON.stringify(problem);
}

/** The problem a `problemAsText` stands for; undefined for any other text (zod's own words). */
export function problemOfText(text: string): Problem | undefined {
  if (isProblemCode(text)) return { code: text } as Problem;
  if (!text.startsWith("{")) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== "object" || parsed === null) return undefined;
    const { code, params } = parsed as { code?: unknown; params?: unknown };
    if (!isProblemCode(code) || typeof params !== "object" || params === null) return undefined;
    return { code, params } as Problem;
  } catch {
    return undefined;
  }
}

/** An issue's problem; zod's own wording, where a schema leaves it to zod, is `invalid_input`. */
export function problemOfIssue(issue: { message: string }): Problem {
  return problemOfText(issue.message) ?? { code: "invalid_input" };
}

/** Problems by the name of the field they concern, as an answer's `fieldErrors` carries them. */
export type FieldProblems = Record<string, Problem[]>;

/**
 * A failed parse as an answer's parts: the problems of each field by its path ("zone",
 * "duration.hours"), and those of the body as a whole.
 */
export function problemsOfIssues(
  issues: ReadonlyArray<{ message: string; path: ReadonlyArray<PropertyKey> }>,
  fieldOf: (path: ReadonlyArray<PropertyKey>) => string | undefined = (path) =>
    path.length === 0 ? undefined : path.map(String).join("."),
): { fieldErrors: FieldProblems; general: Problem[] } {
  const fieldErrors: FieldProblems = {};
  const general: Problem[] = [];
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    const found = problemOfIssue(issue);
    if (field === undefined) general.push(found);
    else fieldErrors[field] = [...(fieldErrors[field] ?? []), found];
  }
  return { fieldErrors, general };
}
