import * as z from "zod/mini";
import { activePermitsSchema } from "../journal-api.ts";
import { plateSchema } from "../plate.ts";
import { plateChecksQuerySchema, plateChecksSchema } from "../plate-checks-api.ts";
import type { Endpoint } from "./endpoint.ts";

const plateParams = z.object({ plate: plateSchema });

export const getActivePermits = {
  method: "GET",
  path: "/api/plates/:plate/active",
  summary: "The permits valid now for a plate that the member may see",
  access: "staff",
  params: plateParams,
  status: 200,
  response: activePermitsSchema,
} as const satisfies Endpoint;

export const getPlateChecks = {
  method: "GET",
  path: "/api/plates/:plate/checks",
  summary: "Warnings while a plate is typed: a permit valid now in the zone, look-alike plates",
  access: "staff",
  params: plateParams,
  query: plateChecksQuerySchema,
  status: 200,
  response: plateChecksSchema,
} as const satisfies Endpoint;
