import { dayFiguresSchema, dayQuerySchema, opscomCountsSchema } from "../day.ts";
import type { Endpoint } from "./endpoint.ts";

export const getDayFigures = {
  method: "GET",
  path: "/api/day",
  access: "manager",
  query: dayQuerySchema,
  status: 200,
  response: dayFiguresSchema,
} as const satisfies Endpoint;

export const getOpscomCounts = {
  method: "GET",
  path: "/api/day/opscom-counts",
  access: "manager",
  status: 200,
  response: opscomCountsSchema,
} as const satisfies Endpoint;
