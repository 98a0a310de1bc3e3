import type { OpscomError } from "@permit-desk/schema";
import type { AuthorizedRequest } from "./authorized-request.ts";
import { isBlank } from "./blank-values.ts";
import { type OpscomAnswer, opscomError } from "./opscom-answer.ts";
import { createPermit } from "./permit-create.ts";
import { deletePermit } from "./permit-delete.ts";
import { PERMISSION_BY_ROUTE, type PermitRoute } from "./permit-route.ts";
import { permitStats } from "./permit-stats.ts";
import type { PermitStore } from "./permit-store.ts";
import { updatePermit } from "./permit-update.ts";
import type { ReceivedRequest } from "./received-request.ts";
import type { TokenRegistry } from "./token-registry.ts";

export type AnswerContext = {
  store: PermitStore;
  tokens: TokenRegistry;
  /** Client codes accepted; undefined accepts any that is not blank. */
  clientCodes: readonly string[] | undefined;
};

const HANDLERS: Record<
  PermitRoute,
  (request: AuthorizedRequest, store: PermitStore) => OpscomAnswer
> = {
  push: createPermit,
  update: updatePermit,
  delete: deletePermit,
  stats: permitStats,
};

/** OPSCOM's answer to a request, checks in its order: client code, parsing, token, then fields. */
export function answerRequest(request: ReceivedRequest, context: AnswerContext): OpscomAnswer {
  const { clientCode, body, route } = request;
  const clientError = clientCodeError(clientCode, context.clientCodes);
  if (clientError) return clientError;
  if (body === undefined) return opscomError(9003, "The request body is not a JSON object.");
  const tokenError = apiTokenError(body.apiToken, route, context.tokens);
  if (tokenError) return tokenError;
  return HANDLERS[route]({ clientCode, body }, context.store);
}

function clientCodeError(
  clientCode: string,
  accepted: readonly string[] | undefined,
): OpscomError | undefined {
  if (clientCode.trim() === "")
    return opscomError(9000, "The client code is missing from the path.");
  if (accepted !== undefined && !accepted.includes(clientCode)) {
    return opscomError(9000, `The client code ${clientCode} is unknown.`);
  }
  return undefined;
}

function apiTokenError(
  token: unknown,
  route: PermitRoute,
  tokens: TokenRegistry,
): OpscomError | undefined {
  if (isBlank(token)) return opscomError(9001, "API Token is missing from the request.");
  if (typeof token !== "string" || !tokens.isKnown(token)) {
    return opscomError(9002, "apiToken is not a valid API token.");
  }
  const permission = PERMISSION_BY_ROUTE[route];
  if (permission !== null && !tokens.allows(token, permission)) {
    return opscomError(9002, `apiToken lacks the ${permission} permission.`);
  }
  return undefined;
}
