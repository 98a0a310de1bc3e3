import {
  passwordChangeSchema,
  sessionSchema,
  sessionStateSchema,
  signInSchema,
} from "../auth-api.ts";
import type { Endpoint } from "./endpoint.ts";

export const signIn = {
  method: "POST",
  path: "/api/session",
  access: "public",
  body: signInSchema,
  status: 200,
  response: sessionSchema,
} as const satisfies Endpoint;

export const getSession = {
  method: "GET",
  path: "/api/session",
  access: "public",
  status: 200,
  response: sessionStateSchema,
} as const satisfies Endpoint;

export const signOut = {
  method: "DELETE",
  path: "/api/session",
  access: "staff",
  status: 204,
  response: "none",
} as const satisfies Endpoint;

export const changePassword = {
  method: "PUT",
  path: "/api/session/password",
  access: "staff",
  body: passwordChangeSchema,
  status: 204,
  response: "none",
} as const satisfies Endpoint;
