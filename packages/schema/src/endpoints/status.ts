import { operationsStatusSchema, opscomHealthSchema } from "../operations.ts";
import type { Endpoint } from "./endpoint.ts";

export const getOpscomHealth = {
  method: "GET",
  path: "/api/status/opscom",
  access: "staff",
  poll: true,
  status: 200,
  response: opscomHealthSchema,
} as const satisfies Endpoint;

export const getOperationsStatus = {
  method: "GET",
  path: "/api/status",
  access: "admin",
  status: 200,
  response: operationsStatusSchema,
} as const satisfies Endpoint;

export const getMetrics = {
  method: "GET",
  path: "/metrics",
  access: "metrics",
  status: 200,
  response: "prometheus",
} as const satisfies Endpoint;
