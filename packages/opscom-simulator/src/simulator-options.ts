import type { LoggedRequest } from "./request-log.ts";
import { DEMO_TOKEN, type TokenConfig } from "./token-registry.ts";

export type SimulatorOptions = {
  /** Token → permissions (`{ "demo-token": ["permit-create"] }`), or tokens holding every permission. */
  tokens?: TokenConfig;
  /** The client codes accepted in the path; by default any that is not blank. */
  clientCode?: string | readonly string[];
  /**
   * Zone names configured in OPSCOM's Parking Zone Administration. When given, a permit in
   * another zone is stored as a disconnected record, left out of stats.
   */
  zones?: readonly string[];
  /** HTTP status of error bodies: OPSCOM documents none. 200 (the default) or 400–599. */
  errorStatus?: number;
  requestLogLimit?: number;
  now?: () => Date;
  newReferenceId?: () => string;
  /** Called once per request on a permits route, with the token already redacted. */
  onRequest?: (request: LoggedRequest) => void;
};

export type ResolvedOptions = {
  tokens: TokenConfig;
  clientCodes: readonly string[] | undefined;
  zones: readonly string[] | undefined;
  errorStatus: number;
  requestLogLimit: number;
  now: () => Date;
  newReferenceId: () => string;
  onRequest: ((request: LoggedRequest) => void) | undefined;
};

export function resolveOptions(options: SimulatorOptions): ResolvedOptions {
  const errorStatus = options.errorStatus ?? 200;
  if (!isErrorStatus(errorStatus)) {
    throw new RangeError(`errorStatus must be 200 or from 400 to 599, not ${errorStatus}.`);
  }
  const requestLogLimit = options.requestLogLimit ?? 1000;
  if (!Number.isInteger(requestLogLimit) || requestLogLimit < 1) {
    throw new RangeError("requestLogLimit must be a whole number, at least 1.");
  }
  const { clientCode } = options;
  return {
    tokens: options.tokens ?? [DEMO_TOKEN],
    clientCodes: typeof clientCode === "string" ? [clientCode] : clientCode,
    zones: options.zones,
    errorStatus,
    requestLogLimit,
    now: options.now ?? (() => new Date()),
    newReferenceId: options.newReferenceId ?? (() => crypto.randomUUID()),
    onRequest: options.onRequest,
  };
}

function isErrorStatus(status: number): boolean {
  return Number.isInteger(status) && (status === 200 || (status >= 400 && status <= 599));
}
