import {
  firstAdminSchema,
  passwordChangeSchema,
  sessionSchema,
  setupStatusSchema,
  signInSchema,
} from "../auth-api.ts";
import type { Endpoint } from "./endpoint.ts";

export const getSetup = {
  method: "GET",
  path: "/api/setup",
  summary: "Whether the first administrator still has to be created",
  access: "public",
  status: 200,
  response: setupStatusSchema,
} as const satisfies Endpoint;

export const createFirstAdmin = {
  method: "POST",
  path: "/api/setup",
  summary: "Create the first administrator and sign them in; only while no account exists",
  access: "public",
  body: firstAdminSchema,
  status: 201,
  response: sessionSchema,
} as const satisfies Endpoint;

export const signIn = {
  method: "POST",
  path: "/api/session",
  summary: "Sign in: sets the session cookie",
  access: "public",
  body: signInSchema,
  status: 200,
  response: sessionSchema,
} as const satisfies Endpoint;

export const getSession = {
  method: "GET",
  path: "/api/session",
  summary: "The signed-in member",
  access: "staff",
  status: 200,
  response: sessionSchema,
} as const satisfies Endpoint;

export const signOut = {
  method: "DELETE",
  path: "/api/session",
  summary: "Sign out: ends this session and clears its cookie",
  access: "staff",
  status: 204,
  response: "none",
} as const satisfies Endpoint;

export const changePassword = {
  method: "PUT",
  path: "/api/session/password",
  summary: "Change one's own password; other sessions of the member end",
  access: "staff",
  body: passwordChangeSchema,
  status: 204,
  response: "none",
} as const satisfies Endpoint;
