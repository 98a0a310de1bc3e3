import * as z from "zod/mini";
import { auditPageSchema } from "../auth-api.ts";
import type { Endpoint } from "./endpoint.ts";

/** The trail's filters; an unknown action or a cursor of no page is refused by the route. */
const auditQuerySchema = z.object({
  action: z.optional(z.string()),
  actor: z.optional(z.string()),
  cursor: z.optional(z.string()),
});

export const listAuditEvents = {
  method: "GET",
  path: "/api/audit",
  access: "admin",
  query: auditQuerySchema,
  status: 200,
  response: auditPageSchema,
} as const satisfies Endpoint;
