import * as z from "zod/mini";
import { clientConfigSchema } from "../api.ts";
import { healthSchema, readinessSchema } from "../auth-api.ts";
import type { Endpoint } from "./endpoint.ts";

export const getHealth = {
  method: "GET",
  path: "/healthz",
  access: "public",
  status: 200,
  response: healthSchema,
} as const satisfies Endpoint;

export const getReadiness = {
  method: "GET",
  path: "/readyz",
  access: "public",
  status: 200,
  response: readinessSchema,
} as const satisfies Endpoint;

export const getClientConfig = {
  method: "GET",
  path: "/api/config",
  access: "staff",
  status: 200,
  response: clientConfigSchema,
} as const satisfies Endpoint;

export const getOpenApiDocument = {
  method: "GET",
  path: "/api/openapi.json",
  access: "staff",
  status: 200,
  response: z.looseObject({ openapi: z.string() }),
} as const satisfies Endpoint;
