import {
  type BatchInput,
  type BatchRowInput,
  durationId,
  type Template,
} from "@permit-desk/schema";
import { siteWallTimeToInstant } from "../../lib/site-wall-time.ts";
import { templatePermitNumber } from "../issue-permit/utils/apply-template.ts";
import { validUntilFor } from "../issue-permit/utils/validity.ts";

/** What the page asks for the whole list: wall-clock times in the site's zone, as the form's. */
export type ListValues = { template: string; zone: string; validFrom: string; validUntil: string };

/**
 * The list's values once a template is chosen: its zone, and Valid until by its duration from
 * Valid from (as the form applies a template); without one, they stay as set.
 */
export function withListTemplate(
  values: ListValues,
  template: Template | undefined,
  siteTimeZone: string,
): ListValues {
  if (template === undefined) return { ...values, template: "" };
  return {
    ...values,
    template: template.id,
    zone: template.zone,
    validUntil:
      validUntilFor(values.validFrom, durationId(template.duration), siteTimeZone) ??
      values.validUntil,
  };
}

/**
 * The body of a preview or a batch: the rows as read (a row's own values win), what they lack
 * from the list's values and the template's amount and currency, and each row's permit number
 * from the template's pattern when the row gives none.
 */
export function batchInputOf(
  rows: readonly BatchRowInput[],
  values: ListValues,
  template: Template | undefined,
  now: Date,
  siteTimeZone: string,
): BatchInput {
  const listValues: BatchRowInput = {
    zone: values.zone || undefined,
    validFrom: values.validFrom ? siteWallTimeToInstant(values.validFrom, siteTimeZone) : undefined,
    validUntil: values.validUntil
      ? siteWallTimeToInstant(values.validUntil, siteTimeZone)
      : undefined,
    amount: template?.amount,
    currency: template?.currency,
  };
  const numbered = template?.permitNumberPattern !== undefined;
  return {
    rows: rows.map((row) =>
      numbered && !row.permitNo
        ? {
            ...row,
            permitNo:
              templatePermitNumber(
                template,
                { plate: row.plate ?? "", validFrom: values.validFrom },
                now,
                siteTimeZone,
              ) || undefined,
          }
        : row,
    ),
    values: Object.fromEntries(
      Object.entries(listValues).filter(([, value]) => value !== undefined),
    ),
    ...(template !== undefined && { templateId: template.id }),
  };
}
