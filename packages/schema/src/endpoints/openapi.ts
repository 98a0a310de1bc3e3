import * as z from "zod/mini";
import { apiErrorSchema } from "../api-error.ts";
import { API_AREAS } from "./all.ts";
import type { Endpoint } from "./endpoint.ts";

type JsonSchema = Record<string, unknown>;

type Areas = typeof API_AREAS;
/** One summary per endpoint of every area: a new endpoint without one does not compile. */
type Summaries = { [Area in keyof Areas]: { [Name in keyof Areas[Area]]: string } };

/** What each endpoint does, in the words of the OpenAPI document (kept out of the browser). */
const SUMMARIES: Summaries = {
  service: {
    getHealth: "Liveness, and whether permits go to the built-in simulator (demo mode)",
    getReadiness:
      "Whether this server takes new requests: 503 once it is stopping or its database does not answer",
    getClientConfig: "What the browser needs to draw the issue form for the signed-in member",
    getOpenApiDocument: "This document: the HTTP API as OpenAPI 3.1",
  },
  setup: {
    getSetup: "Whether the first administrator still has to be created",
    createFirstAdmin:
      "Create the first administrator and sign them in; only while no account exists",
  },
  session: {
    signIn: "Sign in: sets the session cookie",
    getSession: "The signed-in member, or null when nobody is signed in",
    signOut: "Sign out: ends this session and clears its cookie",
    changePassword: "Change one's own password; other sessions of the member end",
  },
  users: {
    listUsers: "Every staff account",
    createUser: "Add a staff member with a role and zones",
    changeUser: "Change a member's name, role, zones, or disable them",
    resetUserPassword: "Set a member's password; their sessions end",
    endUserSessions: "Sign a member out everywhere",
  },
  zones: {
    listZones: "Every zone, for an administrator; the member's active zones otherwise",
    addZone: "Add a zone, named exactly as in OPSCOM",
    changeZone: "Rename a zone or take it in or out of use; its permits, staff and templates stay",
  },
  templates: {
    listTemplates: "The templates the member sees, numbered where they may apply them",
    createTemplate: "Add a template in a zone the member manages",
    replaceTemplate: "Replace a template's name, zone, duration, amount and permit-number pattern",
    changeTemplate: "Take a template in or out of use, or move it in the list",
  },
  audit: {
    listAuditEvents: "The audit trail, newest first, a page at a time",
  },
  permits: {
    issuePermit: "Issue a permit: journalled, then sent to OPSCOM at most once per Idempotency-Key",
    listPermits: "The history the member may see, newest first, a page at a time",
    exportPermits: "The same history, filtered alike, as a CSV file",
    getPermit: "A permit's record with its changes",
    recordReconciliation: "Record what OPSCOM shows of a permit it did not confirm",
    changePermit:
      "Extend, correct or void a permit: sent to OPSCOM at most once per Idempotency-Key",
    recordChangeReconciliation: "Record what OPSCOM shows of a change it did not confirm",
  },
  plates: {
    getActivePermits:
      "The permits valid now for a plate in the member's zones, as the issue form warns of them",
    getPlateChecks:
      "Warnings while a plate is typed: a permit valid now in the zone, look-alike plates",
  },
  status: {
    getMetrics: "Counts and timings for Prometheus: permits, calls to OPSCOM, sign-ins, requests",
    getOpscomHealth: "Whether recent calls to OPSCOM failed, and since when; cheap to poll",
    getOperationsStatus:
      "OPSCOM's health with its latest failed calls, and how many entries await a finding",
  },
  batches: {
    previewBatch:
      "Check a list's rows as the form would, with warnings (repeated, look-alike, already holding a permit)",
    createBatch:
      "Store a list to issue on the server: each row checked again, then sent at most once when started",
    listBatches: "The member's recent lists, newest first, with how far each is",
    getBatch: "How far a list is: sent, issued, refused by code, unknown, rate and time left",
    changeBatchState: "Start, pause or resume sending a list",
    exportBatchResult: "Each row of a list with its reference or its reason, as a CSV file",
  },
  day: {
    getDayFigures:
      "A day's permits (site time): by hour, zone and member, amounts, refusals, awaiting a finding",
    getOpscomCounts: "OPSCOM's active permits per zone (Permit Stats) beside the journal's",
  },
};

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
  metrics:
    "Prometheus, with the bearer token METRICS_TOKEN; from the server's own machine when none is set.",
} as const;

function successOf(endpoint: Endpoint): JsonSchema {
  const { response } = endpoint;
  if (response === "none") return { description: "Done; no body." };
  if (response === "csv") {
    return { description: "A CSV file", content: { "text/csv": { schema: { type: "string" } } } };
  }
  if (response === "prometheus") {
    return {
      description: "Metrics in Prometheus' text format 0.0.4",
      content: { "text/plain": { schema: { type: "string" } } },
    };
  }
  return {
    description: "Success",
    content: { "application/json": { schema: jsonSchemaOf(response, "output") } },
  };
}

function operationOf(id: string, summary: string, endpoint: Endpoint): JsonSchema {
  const parameters = parametersOf(endpoint);
  const isApi = endpoint.path.startsWith("/api/");
  const problem = { $ref: "#/components/responses/Problem" };
  return {
    operationId: id,
    summary,
    description: `Who may call it: ${ACCESS[endpoint.access]}`,
    "x-permit-desk-access": endpoint.access,
    ...(endpoint.access === "public" && { security: [] }),
    ...(endpoint.access === "metrics" && { security: [{ metricsToken: [] }, {}] }),
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
export const API_VERSION = "1.1.0";

/** The HTTP API as an OpenAPI 3.1 document, generated from the endpoint table. */
export function openApiDocument(options: { sessionCookie: string }) {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const [area, endpoints] of Object.entries(API_AREAS)) {
    const summaries: Record<string, string> = SUMMARIES[area as keyof Areas];
    for (const [name, endpoint] of Object.entries(endpoints) as Array<[string, Endpoint]>) {
      const path = openApiPath(endpoint.path);
      const operation = operationOf(`${area}.${name}`, summaries[name] ?? "", endpoint);
      paths[path] = { ...paths[path], [endpoint.method.toLowerCase()]: operation };
    }
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
        metricsToken: { type: "http", scheme: "bearer" },
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
