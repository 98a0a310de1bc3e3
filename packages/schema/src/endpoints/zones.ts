import { zoneListSchema, zoneRecordSchema } from "../auth-api.ts";
import { zoneChangeSchema, zoneInputSchema } from "../zone-name.ts";
import { type Endpoint, idParams } from "./endpoint.ts";

export const listZones = {
  method: "GET",
  path: "/api/zones",
  access: "staff",
  status: 200,
  response: zoneListSchema,
} as const satisfies Endpoint;

export const addZone = {
  method: "POST",
  path: "/api/zones",
  access: "admin",
  body: zoneInputSchema,
  status: 201,
  response: zoneRecordSchema,
} as const satisfies Endpoint;

export const changeZone = {
  method: "PATCH",
  path: "/api/zones/:id",
  access: "admin",
  params: idParams,
  body: zoneChangeSchema,
  status: 200,
  response: zoneRecordSchema,
} as const satisfies Endpoint;
