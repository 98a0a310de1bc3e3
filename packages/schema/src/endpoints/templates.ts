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
  summary: "The templates the member sees, numbered where they may apply them",
  access: "staff",
  status: 200,
  response: templateListSchema,
} as const satisfies Endpoint;

export const createTemplate = {
  method: "POST",
  path: "/api/templates",
  summary: "Add a template in a zone the member manages",
  access: "manager",
  body: templateInputSchema,
  status: 201,
  response: templateSchema,
} as const satisfies Endpoint;

export const replaceTemplate = {
  method: "PUT",
  path: "/api/templates/:id",
  summary: "Replace a template's name, zone, duration, amount and permit-number pattern",
  access: "manager",
  params: idParams,
  body: templateInputSchema,
  status: 200,
  response: templateSchema,
} as const satisfies Endpoint;

export const changeTemplate = {
  method: "PATCH",
  path: "/api/templates/:id",
  summary: "Take a template in or out of use, or move it in the list",
  access: "manager",
  params: idParams,
  body: templateChangeSchema,
  status: 200,
  response: templateSchema,
} as const satisfies Endpoint;
