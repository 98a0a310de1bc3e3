import { expect, type Page } from "@playwright/test";

/**
 * A site time's entry, found by its label ("Valid from"): a date, year first, and a 24-hour
 * time, typed as a clerk would. Values are wall times, `YYYY-MM-DDTHH:mm`.
 */
export function siteTimeField(page: Page, label: string) {
  const group = page.getByRole("group", { name: label, exact: true });
  const date = group.getByRole("textbox", { name: "Date", exact: true });
  const time = group.getByRole("textbox", { name: /^(Time|Heure)$/ });
  return {
    group,
    date,
    time,
    fill: async (wallTime: string) => {
      await date.fill(wallTime.slice(0, 10));
      await time.fill(wallTime.slice(11, 16));
    },
    value: async () => `${await date.inputValue()}T${await time.inputValue()}`,
    expectValue: async (wallTime: string) => {
      await expect(date).toHaveValue(wallTime.slice(0, 10));
      await expect(time).toHaveValue(wallTime.slice(11, 16));
    },
  };
}

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
  if (permit.validFrom !== undefined)
    await siteTimeField(page, "Valid from").fill(permit.validFrom);
  if (permit.validUntil !== undefined)
    await siteTimeField(page, "Valid until").fill(permit.validUntil);
  if (permit.amount !== undefined) await page.getByLabel("Amount").fill(permit.amount);
  if (permit.permitNo !== undefined) await page.getByLabel("Permit number").fill(permit.permitNo);
}

export const REFERENCE_PATTERN = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
