import * as z from "zod/mini";
import { apiErrorSchema } from "../api.ts";
import { allEndpoints } from "./all.ts";
import type { Endpoint } from "./endpoint.ts";

type JsonSchema = Record<string, unknown>;

/**
 * A schema in JSON Schema 2020-12, OpenAPI 3.1's dialect. What a request may send is the input
 * side of a schema (before its transforms), what an answer holds the output side; checks written
 * as functions have no JSON Schema and are left out, so the document states less than the BFF
 * checks, never more.
 */
function jsonSchemaOf(schema: z.ZodMiniType, io: "input" | "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
  }) as JsonSchema;
  return rest;
}

/** `/api/permits/:id` as OpenAPI spells it: `/api/permits/{id}`. */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z]+)/g, "{$1}");
}

function parametersOf(endpoint: Endpoint): JsonSchema[] {
  const inPath = (name: string) => ({ name, in: "path", required: true });
  const parameters: JsonSchema[] = [];
  const params = endpoint.params === undefined ? undefined : jsonSchemaOf(endpoint.params, "input");
  for (const [, name] of endpoint.path.matchAll(/:([A-Za-z]+)/g)) {
    const properties = (params?.properties ?? {}) as Record<string, JsonSchema>;
    parameters.push({
      ...inPath(name ?? ""),
      schema: properties[name ?? ""] ?? { type: "string" },
    });
  }
  if (endpoint.query !== undefined) {
    const query = jsonSchemaOf(endpoint.query, "input");
    const required = new Set((query.required ?? []) as string[]);
    for (const [name, schema] of Object.entries(
      (query.properties ?? {}) as Record<string, JsonSchema>,
    )) {
      parameters.push({ name, in: "query", required: required.has(name), schema });
    }
  }
  if (endpoint.idempotencyKey) {
    parameters.push({
      name: "Idempotency-Key",
      in: "header",
      required: true,
      description: "A new value per submission; a repeat answers what the first request got.",
      schema: { type: "string", pattern: "^[\\x21-\\x7e]{8,128}$" },
    });
  }
  return parameters;
}

const ACCESS = {
  public: "Anyone, signed in or not.",
  staff: "Any signed-in staff member.",
  manager: "A manager (in their zones) or an administrator.",
  admin: "An administrator.",
} as const;

function successOf(endpoint: Endpoint): JsonSchema {
  const { response } = endpoint;
  if (response === "none") return { description: "Done; no body." };
  if (response === "csv") {
    return { description: "A CSV file", content: { "text/csv": { schema: { type: "string" } } } };
  }
  return {
    description: "Success",
    content: { "application/json": { schema: jsonSchemaOf(response, "output") } },
  };
}

function operationOf(id: string, endpoint: Endpoint): JsonSchema {
  const parameters = parametersOf(endpoint);
  const isApi = endpoint.path.startsWith("/api/");
  const problem = { $ref: "#/components/responses/Problem" };
  return {
    operationId: id,
    summary: endpoint.summary,
    description: `Who may call it: ${ACCESS[endpoint.access]}`,
    "x-permit-desk-access": endpoint.access,
    ...(endpoint.access === "public" && { security: [] }),
    ...(parameters.length > 0 && { parameters }),
    ...(endpoint.body !== undefined && {
      requestBody: {
        required: true,
        content: { "application/json": { schema: jsonSchemaOf(endpoint.body, "input") } },
      },
    }),
    responses: {
      [String(endpoint.status)]: successOf(endpoint),
      ...(isApi && { "4XX": problem, "5XX": problem }),
    },
  };
}

/** The contract's own version: raised when an endpoint, its input or its answer changes. */
export const API_VERSION = "1.0.0";

/** The HTTP API as an OpenAPI 3.1 document, generated from the endpoint table. */
export function openApiDocument(options: { sessionCookie: string }) {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const { id, endpoint } of allEndpoints()) {
    const path = openApiPath(endpoint.path);
    paths[path] = { ...paths[path], [endpoint.method.toLowerCase()]: operationOf(id, endpoint) };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Permit Desk",
      version: API_VERSION,
      description:
        "Issue parking permits into OPSCOM. Every state-changing request is JSON from the app's own origin; errors answer with a stable code and parameters, never prose.",
    },
    security: [{ session: [] }],
    paths,
    components: {
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: options.sessionCookie },
      },
      schemas: { ApiError: jsonSchemaOf(apiErrorSchema, "output") },
      responses: {
        Problem: {
          description: "Refused or failed: `error.code` says why",
          content: { "application/json": { schema: { $ref: "#/components/schemas/ApiError" } } },
        },
      },
    },
  };
}
