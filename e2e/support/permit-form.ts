import type { Page } from "@playwright/test";

/** Fills the Issue Permit form as a clerk would, by label. */
export async function fillPermit(
  page: Page,
  permit: {
    plate: string;
    zone?: string;
    validFrom?: string;
    validUntil?: string;
    amount?: string;
    permitNo?: string;
  },
) {
  await page.getByLabel("Licence plate").fill(permit.plate);
  if (permit.zone !== undefined) await page.getByLabel("Zone").selectOption(permit.zone);
  if (permit.validFrom !== undefined) await page.getByLabel("Valid from").fill(permit.validFrom);
  if (permit.validUntil !== undefined) await page.getByLabel("Valid until").fill(permit.validUntil);
  if (permit.amount !== undefined) await page.getByLabel("Amount").fill(permit.amount);
  if (permit.permitNo !== undefined) await page.getByLabel("Permit number").fill(permit.permitNo);
}

export const REFERENCE_PATTERN = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
