import { Hono, type HonoRequest } from "hono";
import { answerRequest } from "./answer-request.ts";
import type { BehaviourSwitch } from "./behaviour-switch.ts";
import { deliverAnswer } from "./deliver-answer.ts";
import { planDelivery } from "./delivery-plan.ts";
import type { HeldRequests } from "./held-requests.ts";
import { PERMIT_ROUTES, type PermitRoute } from "./permit-route.ts";
import type { PermitStore } from "./permit-store.ts";
import { receiveRequest } from "./received-request.ts";
import type { RequestLog } from "./request-log.ts";
import type { ResolvedOptions } from "./simulator-options.ts";
import type { TokenRegistry } from "./token-registry.ts";

export type PermitRoutesDeps = {
  options: ResolvedOptions;
  store: PermitStore;
  tokens: TokenRegistry;
  log: RequestLog;
  behaviour: BehaviourSwitch;
  held: HeldRequests;
};

/** `POST /api/{client}/v1/permits/{push|update|delete|stats}`; an empty client code still routes here. */
export function permitRoutes(deps: PermitRoutesDeps): Hono {
  const app = new Hono();
  for (const route of PERMIT_ROUTES) {
    app.post(`/api/:client{[^/]*}/v1/permits/${route}`, (c) =>
      handlePermitRequest(deps, route, c.req.param("client"), c),
    );
  }
  return app;
}

type RouteContext = { req: HonoRequest; env: unknown };

async function handlePermitRequest(
  deps: PermitRoutesDeps,
  route: PermitRoute,
  clientCode: string,
  c: RouteContext,
): Promise<Response> {
  const { options, store, tokens, log, behaviour, held } = deps;
  const request = await receiveRequest(c.req, { route, clientCode }, options.now());
  const misbehaviour = behaviour.take(route);
  const plan = planDelivery(misbehaviour, () =>
    answerRequest(request, { store, tokens, clientCodes: options.clientCodes }),
  );
  log.record(request, plan.answer, misbehaviour?.mode ?? null);
  return deliverAnswer(plan, {
    env: c.env,
    signal: c.req.raw.signal,
    held,
    errorStatus: options.errorStatus,
  });
}
