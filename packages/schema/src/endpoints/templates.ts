import {
  templateChangeSchema,
  templateInputSchema,
  templateListSchema,
  templateSchema,
} from "../templates.ts";
import { type Endpoint, idParams } from "./endpoint.ts";

export const listTemplates = {
  method: "GET",
  path: "/api/templates",
  access: "staff",
  status: 200,
  response: templateListSchema,
} as const satisfies Endpoint;

export const createTemplate = {
  method: "POST",
  path: "/api/templates",
  access: "manager",
  body: templateInputSchema,
  status: 201,
  response: templateSchema,
} as const satisfies Endpoint;

export const replaceTemplate = {
  method: "PUT",
  path: "/api/templates/:id",
  access: "manager",
  params: idParams,
  body: templateInputSchema,
  status: 200,
  response: templateSchema,
} as const satisfies Endpoint;

export const changeTemplate = {
  method: "PATCH",
  path: "/api/templates/:id",
  access: "manager",
  params: idParams,
  body: templateChangeSchema,
  status: 200,
  response: templateSchema,
} as const satisfies Endpoint;
