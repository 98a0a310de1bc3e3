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
  access: "admin",
  status: 200,
  response: userListSchema,
} as const satisfies Endpoint;

export const createUser = {
  method: "POST",
  path: "/api/users",
  access: "admin",
  body: newUserSchema,
  status: 201,
  response: userSchema,
} as const satisfies Endpoint;

export const changeUser = {
  method: "PATCH",
  path: "/api/users/:id",
  access: "admin",
  params: idParams,
  body: userChangeSchema,
  status: 200,
  response: userSchema,
} as const satisfies Endpoint;

export const resetUserPassword = {
  method: "POST",
  path: "/api/users/:id/password",
  access: "admin",
  params: idParams,
  body: passwordResetSchema,
  status: 204,
  response: "none",
} as const satisfies Endpoint;

export const endUserSessions = {
  method: "DELETE",
  path: "/api/users/:id/sessions",
  access: "admin",
  params: idParams,
  status: 204,
  response: "none",
} as const satisfies Endpoint;
