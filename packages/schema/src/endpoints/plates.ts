import * as z from "zod/mini";
import { plateSchema } from "../plate.ts";
import {
  activePermitsSchema,
  plateChecksQuerySchema,
  plateChecksSchema,
} from "../plate-checks-api.ts";
import type { Endpoint } from "./endpoint.ts";

const plateParams = z.object({ plate: plateSchema });

export const getActivePermits = {
  method: "GET",
  path: "/api/plates/:plate/active",
  access: "staff",
  params: plateParams,
  status: 200,
  response: activePermitsSchema,
} as const satisfies Endpoint;

export const getPlateChecks = {
  method: "GET",
  path: "/api/plates/:plate/checks",
  access: "staff",
  params: plateParams,
  query: plateChecksQuerySchema,
  status: 200,
  response: plateChecksSchema,
} as const satisfies Endpoint;
