import type { BodyOf, Endpoint, ParamsOf, QueryOf } from "@permit-desk/schema";
import type { Context, Hono, MiddlewareHandler } from "hono";
import { every } from "hono/combine";
import { apiError } from "./api-error.ts";
import { jsonBody, validationError } from "./json-body.ts";
import { requireAdmin, type StaffEnv } from "./staff.ts";

/**
 * What a handler receives: the path's parameters, the query and the JSON body, each parsed by
 * the endpoint's schema. A write to OPSCOM reads its key and body itself (`readWrite`), as a
 * refused body must still answer a replay of its key.
 */
export type EndpointInput<E extends Endpoint> = {
  params: ParamsOf<E>;
  query: QueryOf<E>;
  body: E extends { idempotencyKey: true } ? undefined : BodyOf<E>;
};

type Handler<E extends Endpoint> = (
  c: Context<StaffEnv>,
  input: EndpointInput<E>,
) => Response | Promise<Response>;

/** A handler, or one with checks of its own to run before the input is read. */
type Implementation<E extends Endpoint> =
  | Handler<E>
  | { before: MiddlewareHandler<StaffEnv>[]; handle: Handler<E> };

/** One handler for every endpoint of an area: a missing one does not compile. */
export type AreaImplementation<Area extends Record<string, Endpoint>> = {
  [Name in keyof Area]: Implementation<Area[Name]>;
};

/** An endpoint and what serves it, ready to be mounted. */
export type Route = {
  endpoint: Endpoint;
  before: MiddlewareHandler<StaffEnv>[];
  handle(
    c: Context<StaffEnv>,
    input: { params: unknown; query: unknown; body: unknown },
  ): Response | Promise<Response>;
};

export function routesOf<Area extends Record<string, Endpoint>>(
  area: Area,
  implementation: AreaImplementation<Area>,
): Route[] {
  return Object.entries(area).map(([name, endpoint]) => {
    const served: Implementation<Endpoint> | undefined = implementation[name];
    if (served === undefined)
      throw new Error(`No handler for ${endpoint.method} ${endpoint.path}.`);
    return typeof served === "function"
      ? { endpoint, before: [], handle: served }
      : { endpoint, before: served.before, handle: served.handle };
  });
}

/** Parses what the endpoint takes, then calls its handler; a refusal never reaches it. */
function serve(route: Route): MiddlewareHandler<StaffEnv> {
  const { endpoint } = route;
  return async (c) => {
    const params = endpoint.params?.safeParse(c.req.param()) ?? { success: true, data: {} };
    if (!params.success) return c.json(validationError(params.error, "bad_request"), 400);
    const query = endpoint.query?.safeParse(c.req.query()) ?? { success: true, data: {} };
    if (!query.success) return c.json(validationError(query.error, "bad_request"), 400);
    let body: unknown;
    if (endpoint.body !== undefined && endpoint.idempotencyKey !== true) {
      const read = await jsonBody(c, endpoint.body);
      if (!read.ok) return read.response;
      body = read.data;
    }
    return route.handle(c, { params: params.data, query: query.data, body });
  };
}

/**
 * A member's endpoint answers only a request `requireStaff` let in. Mounted where it does not
 * run (beside the health checks, say), such an endpoint refuses everyone instead of opening up.
 */
const signedInOnly: MiddlewareHandler<StaffEnv> = async (c, next) => {
  if (c.get("staff") === undefined) {
    return c.json(apiError("unauthenticated", { code: "sign_in_required" }), 401);
  }
  return next();
};

/**
 * `/api/permits/export.csv` before `/api/permits/:id`: where two paths could match one request,
 * the one with a fixed segment where the other has a parameter answers.
 */
function precedence(a: Route, b: Route): number {
  const left = a.endpoint.path.split("/");
  const right = b.endpoint.path.split("/");
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const leftParam = left[index]?.startsWith(":") ?? false;
    const rightParam = right[index]?.startsWith(":") ?? false;
    if (leftParam !== rightParam) return leftParam ? 1 : -1;
  }
  return 0;
}

/**
 * Registers each route on `app`, which is mounted at `prefix`: any but a public endpoint needs a
 * signed-in member, an administrator's checks the role next, then its own checks run, then its
 * input is read.
 */
export function mountRoutes(app: Hono<StaffEnv>, routes: readonly Route[], prefix = ""): void {
  for (const route of [...routes].sort(precedence)) {
    const { method, path, access } = route.endpoint;
    if (!path.startsWith(`${prefix}/`)) throw new Error(`${path} is not under ${prefix}.`);
    // Prometheus has no session: such an endpoint brings its own check, or is not served.
    if (access === "metrics" && route.before.length === 0) {
      throw new Error(`${path} has no check of its metrics token.`);
    }
    const checks = [
      ...(access === "public" || access === "metrics" ? [] : [signedInOnly]),
      ...(access === "admin" ? [requireAdmin()] : []),
      ...route.before,
    ];
    // One handler per route, so that the app lists each endpoint once.
    app.on(
      method,
      path.slice(prefix.length),
      checks.length === 0 ? serve(route) : every(...checks, serve(route)),
    );
  }
}
