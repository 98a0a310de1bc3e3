import { firstAdminSchema, sessionSchema, setupStatusSchema } from "../auth-api.ts";
import type { Endpoint } from "./endpoint.ts";

export const getSetup = {
  method: "GET",
  path: "/api/setup",
  access: "public",
  status: 200,
  response: setupStatusSchema,
} as const satisfies Endpoint;

export const createFirstAdmin = {
  method: "POST",
  path: "/api/setup",
  access: "public",
  body: firstAdminSchema,
  status: 201,
  response: sessionSchema,
} as const satisfies Endpoint;
