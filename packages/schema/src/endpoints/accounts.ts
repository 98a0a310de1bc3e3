import {
  newUserSchema,
  passwordResetSchema,
  userChangeSchema,
  userListSchema,
  userSchema,
} from "../auth-api.ts";
import { type Endpoint, idParams } from "./endpoint.ts";

export const listUsers = {
  method: "GET",
  path: "/api/users",
  summary: "Every staff account",
  access: "admin",
  status: 200,
  response: userListSchema,
} as const satisfies Endpoint;

export const createUser = {
  method: "POST",
  path: "/api/users",
  summary: "Add a staff member with a role and zones",
  access: "admin",
  body: newUserSchema,
  status: 201,
  response: userSchema,
} as const satisfies Endpoint;

export const changeUser = {
  method: "PATCH",
  path: "/api/users/:id",
  summary: "Change a member's name, role, zones, or disable them",
  access: "admin",
  params: idParams,
  body: userChangeSchema,
  status: 200,
  response: userSchema,
} as const satisfies Endpoint;

export const resetUserPassword = {
  method: "POST",
  path: "/api/users/:id/password",
  summary: "Set a member's password; their sessions end",
  access: "admin",
  params: idParams,
  body: passwordResetSchema,
  status: 204,
  response: "none",
} as const satisfies Endpoint;

export const endUserSessions = {
  method: "DELETE",
  path: "/api/users/:id/sessions",
  summary: "Sign a member out everywhere",
  access: "admin",
  params: idParams,
  status: 204,
  response: "none",
} as const satisfies Endpoint;
