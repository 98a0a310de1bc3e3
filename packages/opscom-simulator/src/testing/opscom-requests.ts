import { opscomSuccessSchema } from "@permit-desk/schema";
import type { Hono } from "hono";
import { expect } from "vitest";
import type { PermitRoute } from "../permit-route.ts";

export const TOKEN = "demo-token";
export const CLIENT_CODE = "OC-TOMA";

/** The published sample body of Permit Create, with a token the tests configure. */
export const SAMPLE_BODY = {
  apiToken: TOKEN,
  Amount: "14.50",
  CurrencyID: "CAD",
  LicencePlate: "PL8RDR",
  zone: "Lot 4",
  permitNo: "L4-1138",
  startTime: "2018-07-02T09:00:00",
  endTime: "2018-07-02T17:00:00",
};

export function permitPath(route: PermitRoute, clientCode = CLIENT_CODE): string {
  return `/api/${clientCode}/v1/permits/${route}`;
}

export type JsonAnswer = { status: number; contentType: string | null; body: unknown };

/** POSTs a body (JSON-encoded unless already text) the way the BFF does. */
export async function post(app: Hono, path: string, body: unknown): Promise<JsonAnswer> {
  const response = await app.request(path, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    contentType: response.headers.get("content-type"),
    body: await response.json(),
  };
}

/** Creates a permit from the sample (with overrides) and returns its reference. */
export async function pushPermit(
  app: Hono,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const answer = await post(app, permitPath("push"), { ...SAMPLE_BODY, ...overrides });
  return opscomSuccessSchema.parse(answer.body).reference_id;
}

/** Matches an OPSCOM error body with this code whose message contains `messagePart`. */
export function opscomErrorBody(code: number, messagePart: string) {
  return { ErrorCode: code, ErrorMessage: expect.stringContaining(messagePart) };
}
