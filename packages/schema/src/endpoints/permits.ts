import * as z from "zod/mini";
import { issuedPermitSchema } from "../api.ts";
import { permitDraftSchema } from "../draft.ts";
import {
  historyQuerySchema,
  permitPageSchema,
  permitRecordSchema,
  reconciliationInputSchema,
} from "../journal-api.ts";
import { changeReconciliationInputSchema, permitChangeInputSchema } from "../permit-changes.ts";
import { type Endpoint, idParams } from "./endpoint.ts";

export const issuePermit = {
  method: "POST",
  path: "/api/permits",
  access: "staff",
  body: permitDraftSchema,
  idempotencyKey: true,
  status: 201,
  response: issuedPermitSchema,
} as const satisfies Endpoint;

export const listPermits = {
  method: "GET",
  path: "/api/permits",
  access: "staff",
  query: historyQuerySchema,
  status: 200,
  response: permitPageSchema,
} as const satisfies Endpoint;

export const exportPermits = {
  method: "GET",
  path: "/api/permits/export.csv",
  access: "staff",
  query: historyQuerySchema,
  status: 200,
  response: "csv",
} as const satisfies Endpoint;

export const getPermit = {
  method: "GET",
  path: "/api/permits/:id",
  access: "staff",
  params: idParams,
  status: 200,
  response: permitRecordSchema,
} as const satisfies Endpoint;

export const recordReconciliation = {
  method: "POST",
  path: "/api/permits/:id/reconciliations",
  access: "manager",
  params: idParams,
  body: reconciliationInputSchema,
  status: 201,
  response: permitRecordSchema,
} as const satisfies Endpoint;

export const changePermit = {
  method: "POST",
  path: "/api/permits/:id/changes",
  access: "staff",
  params: idParams,
  body: permitChangeInputSchema,
  idempotencyKey: true,
  status: 201,
  response: permitRecordSchema,
} as const satisfies Endpoint;

export const recordChangeReconciliation = {
  method: "POST",
  path: "/api/permits/:id/changes/:changeId/reconciliations",
  access: "manager",
  params: z.object({ id: z.string(), changeId: z.string() }),
  body: changeReconciliationInputSchema,
  status: 201,
  response: permitRecordSchema,
} as const satisfies Endpoint;
