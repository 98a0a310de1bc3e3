import * as z from "zod/mini";
import { clientConfigSchema } from "../api.ts";
import { healthSchema, readinessSchema } from "../auth-api.ts";
import type { Endpoint } from "./endpoint.ts";

export const getHealth = {
  method: "GET",
  path: "/healthz",
  summary: "Liveness, and whether permits go to the built-in simulator (demo mode)",
  access: "public",
  status: 200,
  response: healthSchema,
} as const satisfies Endpoint;

export const getReadiness = {
  method: "GET",
  path: "/readyz",
  summary: "Whether this server takes new requests: 503 and `draining` once it is stopping",
  access: "public",
  status: 200,
  response: readinessSchema,
} as const satisfies Endpoint;

export const getClientConfig = {
  method: "GET",
  path: "/api/config",
  summary: "What the browser needs to draw the issue form for the signed-in member",
  access: "staff",
  status: 200,
  response: clientConfigSchema,
} as const satisfies Endpoint;

export const getOpenApiDocument = {
  method: "GET",
  path: "/api/openapi.json",
  summary: "This document: the HTTP API as OpenAPI 3.1",
  access: "staff",
  status: 200,
  response: z.looseObject({ openapi: z.string() }),
} as const satisfies Endpoint;
