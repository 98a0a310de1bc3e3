import { describeOpscomErrorCode } from "@permit-desk/schema";
import { ANSWER_SHAPES, type AnswerShape, isAnswerShape } from "./answer-shapes.ts";
import { isRecord } from "./is-record.ts";
import { isPermitRoute, PERMIT_ROUTES, type PermitRoute } from "./permit-route.ts";

export const BEHAVIOUR_MODES = [
  "normal",
  "slow",
  "hang",
  "reset",
  "html500",
  "malformed",
  "truncated",
  "reject",
  "reshape",
] as const;
export type BehaviourMode = (typeof BEHAVIOUR_MODES)[number];

/** The misbehaviours that lose the answer; whether the request was carried out first is a choice. */
type LostAnswerMode = "hang" | "reset" | "html500";

type MisbehaviourDetails =
  | { mode: "slow"; delayMs: number }
  | { mode: LostAnswerMode; createsPermit: boolean }
  | { mode: "malformed" | "truncated" }
  | { mode: "reject"; errorCode: number; errorMessage: string }
  | { mode: "reshape"; shape: AnswerShape };

/** The permits routes a misbehaviour applies to, and how many more requests (null: until changed). */
type Scope = { routes: PermitRoute[]; times: number | null };

export type Misbehaviour = MisbehaviourDetails & Scope;
export type Behaviour = { mode: "normal" } | Misbehaviour;

type ScopeInput = { routes?: readonly PermitRoute[]; times?: number };

/** What a test or demo asks for; `parseBehaviour` fills in the defaults. */
export type BehaviourInput =
  | { mode: "normal" }
  | (ScopeInput & { mode: "slow"; delayMs: number })
  | (ScopeInput & { mode: LostAnswerMode; createsPermit?: boolean })
  | (ScopeInput & { mode: "malformed" | "truncated" })
  | (ScopeInput & { mode: "reject"; errorCode: number; errorMessage?: string })
  | (ScopeInput & { mode: "reshape"; shape: AnswerShape });

export const NORMAL_BEHAVIOUR: Behaviour = { mode: "normal" };
export const MAX_DELAY_MS = 600_000;

const SETTINGS_BY_MODE: Record<BehaviourMode, readonly string[]> = {
  normal: [],
  slow: ["delayMs"],
  hang: ["createsPermit"],
  reset: ["createsPermit"],
  html500: ["createsPermit"],
  malformed: [],
  truncated: [],
  reject: ["errorCode", "errorMessage"],
  reshape: ["shape"],
};
const SCOPE_SETTINGS = ["routes", "times"];

export type ParsedBehaviour = { ok: true; behaviour: Behaviour } | { ok: false; error: string };

export function parseBehaviour(input: unknown): ParsedBehaviour {
  if (!isRecord(input)) return invalid("The behaviour must be a JSON object.");
  const { mode } = input;
  if (!isBehaviourMode(mode)) return invalid(`mode must be one of ${BEHAVIOUR_MODES.join(", ")}.`);
  const unknownSetting = Object.keys(input).find((key) => !isSettingOf(mode, key));
  if (unknownSetting !== undefined) {
    return invalid(`"${unknownSetting}" is not a setting of mode ${mode}.`);
  }
  if (mode === "normal") return { ok: true, behaviour: NORMAL_BEHAVIOUR };
  const scope = parseScope(input);
  if (typeof scope === "string") return invalid(scope);
  const details = parseDetails(mode, input);
  if (typeof details === "string") return invalid(details);
  return { ok: true, behaviour: { ...details, ...scope } };
}

function invalid(error: string): ParsedBehaviour {
  return { ok: false, error };
}

function isBehaviourMode(value: unknown): value is BehaviourMode {
  return BEHAVIOUR_MODES.some((mode) => mode === value);
}

function isSettingOf(mode: BehaviourMode, key: string): boolean {
  if (key === "mode") return true;
  return (
    SETTINGS_BY_MODE[mode].includes(key) || (mode !== "normal" && SCOPE_SETTINGS.includes(key))
  );
}

function parseScope(input: Record<string, unknown>): Scope | string {
  const { routes = PERMIT_ROUTES, times = null } = input;
  if (times !== null && !isWholeNumberIn(times, 1, Number.MAX_SAFE_INTEGER)) {
    return "times must be a whole number of requests, at least 1.";
  }
  if (!Array.isArray(routes) || routes.length === 0 || !routes.every(isPermitRoute)) {
    return `routes must be a non-empty list of ${PERMIT_ROUTES.join(", ")}.`;
  }
  return { routes: [...routes], times };
}

function parseDetails(
  mode: Exclude<BehaviourMode, "normal">,
  input: Record<string, unknown>,
): MisbehaviourDetails | string {
  switch (mode) {
    case "slow":
      return isWholeNumberIn(input.delayMs, 0, MAX_DELAY_MS)
        ? { mode, delayMs: input.delayMs }
        : `delayMs must be a whole number of milliseconds from 0 to ${MAX_DELAY_MS}.`;
    case "hang":
    case "reset":
    case "html500":
      return parseLostAnswer(mode, input.createsPermit);
    case "malformed":
    case "truncated":
      return { mode };
    case "reject":
      return parseRejection(input.errorCode, input.errorMessage);
    case "reshape":
      return isAnswerShape(input.shape)
        ? { mode, shape: input.shape }
        : `shape must be one of ${ANSWER_SHAPES.join(", ")}.`;
  }
}

/** By default the permit is made before the answer is lost: the case a client must survive. */
function parseLostAnswer(
  mode: LostAnswerMode,
  createsPermit: unknown = true,
): MisbehaviourDetails | string {
  return typeof createsPermit === "boolean"
    ? { mode, createsPermit }
    : "createsPermit must be true or false.";
}

function parseRejection(errorCode: unknown, errorMessage: unknown): MisbehaviourDetails | string {
  if (!isWholeNumberIn(errorCode, 1, 99_999))
    return "errorCode must be a whole number such as 9021.";
  if (errorMessage !== undefined && typeof errorMessage !== "string") {
    return "errorMessage must be text.";
  }
  return {
    mode: "reject",
    errorCode,
    errorMessage: errorMessage ?? describeOpscomErrorCode(errorCode),
  };
}

function isWholeNumberIn(value: unknown, min: number, max: number): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;
}
