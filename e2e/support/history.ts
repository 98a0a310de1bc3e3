import { type IssuedPermit, issuedPermitSchema } from "@permit-desk/schema";
import { type APIRequestContext, expect, type Page } from "@playwright/test";

/** A plate no other story or earlier run has used: letters and digits, at most 25. */
export function uniquePlate(prefix: string): string {
  const stamp = Date.now().toString(36);
  const random = Math.floor(Math.random() * 36 ** 3).toString(36);
  return `${prefix}${stamp}${random}`.toUpperCase().slice(0, 25);
}

type PermitOrder = { plate: string; zone: string; validFrom?: string; validUntil?: string };

/** Issues a permit straight through the BFF, as the form would, to set a story's scene. */
export async function issuePermitThroughApi(
  request: APIRequestContext,
  { plate, zone, validFrom, validUntil }: PermitOrder,
): Promise<IssuedPermit> {
  const start = validFrom ?? new Date().toISOString();
  const end = validUntil ?? new Date(Date.parse(start) + 2 * 3_600_000).toISOString();
  const response = await request.post("/api/permits", {
    headers: { "Idempotency-Key": crypto.randomUUID() },
    data: { plate, zone, validFrom: start, validUntil: end },
  });
  expect(response.status(), await response.text()).toBe(201);
  return issuedPermitSchema.parse(await response.json());
}

/** The history's table of permits. */
export function historyTable(page: Page) {
  return page.getByRole("table", { name: "Permit submissions, newest first" });
}

/** Narrows the history to plates starting with this, as staff would. */
export async function filterHistoryByPlate(page: Page, plate: string) {
  await page.getByLabel("Plate starts with").fill(plate);
  await page.getByRole("button", { name: "Apply filters" }).click();
}
