import * as z from "zod/mini";

type Schema = z.ZodMiniType;

/**
 * Who may call an endpoint: anyone (first run, signing in, health), any signed-in member, a
 * manager or an administrator, or an administrator only; `metrics` is Prometheus, with the
 * operator's bearer token (or from the server's own machine when none is set).
 */
export type Access = "public" | "staff" | "manager" | "admin" | "metrics";

/**
 * One endpoint of the HTTP API, written once: the BFF validates its input and registers its
 * handler from it, the web calls it by name, and the OpenAPI document is generated from it (with
 * the summaries in `openapi.ts`, which the browser never needs).
 */
export type Endpoint = {
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Hono's spelling: `/api/permits/:id`. */
  readonly path: `/${string}`;
  readonly access: Access;
  readonly params?: Schema;
  readonly query?: Schema;
  readonly body?: Schema;
  /**
   * The request needs an `Idempotency-Key` header. Its body is checked by the write itself, after
   * the key, so that a refused body still answers a replay of that key (decisions 002 and 018).
   */
  readonly idempotencyKey?: true;
  /**
   * The browser asks on its own, on a timer: answering is not the member's activity, so a page
   * left open and polling never keeps an idle session alive.
   */
  readonly poll?: true;
  readonly status: 200 | 201 | 204;
  /** The success answer's JSON, or a CSV file, Prometheus' text format, or no body at all. */
  readonly response: Schema | "csv" | "prometheus" | "none";
};

/** `:id` in a path: an opaque identifier. */
export const idParams = z.object({ id: z.string() });

export type ParamsOf<E extends Endpoint> = E extends { params: infer P extends Schema }
  ? z.output<P>
  : Record<string, never>;
export type QueryOf<E extends Endpoint> = E extends { query: infer Q extends Schema }
  ? z.output<Q>
  : Record<string, never>;
export type BodyOf<E extends Endpoint> = E extends { body: infer B extends Schema }
  ? z.output<B>
  : undefined;
export type ResponseOf<E extends Endpoint> = E["response"] extends Schema
  ? z.output<E["response"]>
  : undefined;
