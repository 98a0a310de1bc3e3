import {
  isPublishedOpscomErrorCode,
  type OpscomCallResult,
  type OpscomEndpoint,
  type OpscomFailure,
  type OpscomHealth,
} from "@permit-desk/schema";
import type { Clock } from "../clock.ts";
import type { ChangeOutcome, OpscomOutcome } from "../opscom/outcome.ts";

/** OPSCOM's codes for a client code or token it refuses: every call will fail alike. */
const SETUP_REFUSALS = new Set([9000, 9001, 9002]);
/**
 * Statuses a refusal without an OPSCOM code comes with when something in front of OPSCOM refuses
 * every call alike (a wrong address, a gateway's authentication, a rate limit), not this permit.
 */
const REFUSED_BEFORE_OPSCOM = new Set([401, 403, 404, 405, 407, 408, 429]);
/** The latest failures kept for administrators. */
const FAILURES_KEPT = 20;

type Outcome = OpscomOutcome | ChangeOutcome;

export function callResultOf(outcome: Outcome): OpscomCallResult {
  return outcome.kind === "issued" || outcome.kind === "applied" ? "success" : outcome.kind;
}

/**
 * Whether a call says OPSCOM is not working for us: no usable answer, not reachable, our client
 * code or token refused, or a refusal without any code OPSCOM publishes that came as an error
 * page (5xx) or from in front of OPSCOM (404, 429…). A refusal of this permit under a published
 * code (a plate too long, an unknown reference) is OPSCOM working, whatever the HTTP status it
 * came with: OPSCOM documents none, and a clerk's mistyped plates must not raise the alarm.
 */
function isFailure(outcome: Outcome): boolean {
  switch (outcome.kind) {
    case "issued":
    case "applied":
      return false;
    case "rejected": {
      const code = outcome.errorCode;
      if (code !== undefined && SETUP_REFUSALS.has(code)) return true;
      if (code !== undefined && isPublishedOpscomErrorCode(code)) return false;
      return outcome.httpStatus >= 500 || REFUSED_BEFORE_OPSCOM.has(outcome.httpStatus);
    }
    case "unknown":
    case "not_sent":
      return true;
  }
}

/** What administrators see of a failed call: codes and numbers, never a plate, a token or text. */
function failureOf(endpoint: OpscomEndpoint, outcome: Outcome, at: Date): OpscomFailure {
  const base = { at: at.toISOString(), endpoint, durationMs: outcome.durationMs };
  switch (outcome.kind) {
    case "rejected":
      return {
        ...base,
        result: "rejected",
        httpStatus: outcome.httpStatus,
        ...(outcome.errorCode !== undefined && { opscomErrorCode: outcome.errorCode }),
      };
    case "unknown":
      return {
        ...base,
        result: "unknown",
        ...(outcome.httpStatus !== undefined && { httpStatus: outcome.httpStatus }),
        detail: { code: outcome.detail.code },
      };
    case "not_sent":
      return { ...base, result: "not_sent", detail: { code: outcome.detail.code } };
    default:
      throw new Error(`A ${outcome.kind} call is not a failure.`);
  }
}

export type OpscomHealthRule = { failures: number; windowMs: number };

/**
 * OPSCOM's health as this process has seen it, in memory: `failing` once the last
 * `rule.failures` calls have all failed, each within `rule.windowMs` of the one before and the
 * latest within it of now; `ok` again at the next call that succeeds, or when the latest failure
 * grows older than the window (nothing recent is known then, and a failure after that starts a
 * new run). Each process judges by its own calls.
 */
export type OpscomHealthMonitor = {
  rule: OpscomHealthRule;
  record(endpoint: OpscomEndpoint, outcome: Outcome): void;
  health(): OpscomHealth;
  /** The latest failed calls, newest first. */
  recentFailures(): OpscomFailure[];
};

export function createOpscomHealthMonitor(
  rule: OpscomHealthRule,
  clock: Clock,
): OpscomHealthMonitor {
  /** Failures since the last success, in a row: when the first and the latest came. */
  let run: { first: Date; latest: Date; count: number } | undefined;
  const failures: OpscomFailure[] = [];
  return {
    rule,
    record(endpoint, outcome) {
      const at = clock();
      if (!isFailure(outcome)) {
        run = undefined;
        return;
      }
      // A run whose latest failure has left the window is over: nothing recent joins it to this one.
      const continues = run !== undefined && at.getTime() - run.latest.getTime() <= rule.windowMs;
      run =
        run !== undefined && continues
          ? { ...run, latest: at, count: run.count + 1 }
          : { first: at, latest: at, count: 1 };
      failures.unshift(failureOf(endpoint, outcome, at));
      failures.length = Math.min(failures.length, FAILURES_KEPT);
    },
    health() {
      if (run === undefined || run.count < rule.failures) return { state: "ok" };
      if (clock().getTime() - run.latest.getTime() > rule.windowMs) return { state: "ok" };
      return { state: "failing", since: run.first.toISOString(), failures: run.count };
    },
    recentFailures: () => [...failures],
  };
}
