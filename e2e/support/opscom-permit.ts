import { type APIRequestContext, expect } from "@playwright/test";
import * as z from "zod/mini";
import { SIMULATOR_URL } from "./ports.ts";

const heldPermitSchema = z.object({
  referenceId: z.string(),
  body: z.record(z.string(), z.unknown()),
  deletedAt: z.nullable(z.string()),
  updates: z.array(
    z.object({
      at: z.string(),
      changes: z.record(z.string(), z.unknown()),
      before: z.record(z.string(), z.unknown()),
    }),
  ),
});
export type HeldPermit = z.infer<typeof heldPermitSchema>;

/** The permit as the e2e OPSCOM simulator holds it: its body, each update, and when deleted. */
export async function opscomPermit(
  request: APIRequestContext,
  referenceId: string,
): Promise<HeldPermit> {
  const response = await request.get(
    `${SIMULATOR_URL}/__simulator/permits/${encodeURIComponent(referenceId)}`,
  );
  expect(response.status(), await response.text()).toBe(200);
  return heldPermitSchema.parse(await response.json());
}
