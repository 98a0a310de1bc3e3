import { type FieldErrors, permitDraftSchema } from "@permit-desk/schema";
import { Hono } from "hono";
import * as z from "zod/mini";
import type { AppDeps } from "../app-deps.ts";
import { sendError } from "../http/api-error.ts";
import { issuePermit } from "../permits/issue-permit.ts";
import { outcomeResponse } from "../permits/outcome-response.ts";

function fieldErrorsOf(error: z.core.$ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const [field, messages] of Object.entries(z.flattenError(error).fieldErrors)) {
    if (field in permitDraftSchema.shape && Array.isArray(messages)) {
      fieldErrors[field as keyof FieldErrors] = messages;
    }
  }
  return fieldErrors;
}

export function permitRoutes(deps: AppDeps) {
  const { config, opscom, logger } = deps;
  return new Hono().post("/", async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return sendError(c, 400, "bad_request", "The request body is not valid JSON.");
    }
    const parsed = permitDraftSchema.safeParse(body);
    if (!parsed.success) {
      return sendError(c, 422, "validation", "Some fields need attention.", {
        fieldErrors: fieldErrorsOf(parsed.error),
      });
    }
    const draft = parsed.data;
    if (!config.zones.includes(draft.zone)) {
      return sendError(c, 422, "validation", "Some fields need attention.", {
        fieldErrors: { zone: ["Choose one of this site's zones."] },
      });
    }
    if (draft.currency !== undefined && !config.currencies.includes(draft.currency)) {
      return sendError(c, 422, "validation", "Some fields need attention.", {
        fieldErrors: { currency: [`Choose one of: ${config.currencies.join(", ")}.`] },
      });
    }

    const { outcome, sentBody } = await issuePermit(draft, deps.issueSettings, opscom);
    logger.info({ event: "permit.create", sent: sentBody, outcome }, `permit ${outcome.kind}`);
    const response = outcomeResponse(draft, outcome);
    return c.json(response.body, response.status);
  });
}
