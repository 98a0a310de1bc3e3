import {
  durationId,
  expandPermitNumber,
  type PermitDraft,
  type Template,
  wallTimeToDate,
} from "@permit-desk/schema";
import { isWallTime } from "../../../lib/site-wall-time.ts";
import { type PermitFormValues, typedPlates } from "./permit-form.ts";
import { validUntilFor } from "./validity.ts";

/** The templates a member can apply from the form: numbered, in their order. */
export function applicableTemplates(templates: readonly Template[]): Template[] {
  return templates
    .filter((template) => template.active && template.number !== undefined)
    .sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
}

/**
 * The permit number a template gives the first plate typed, dated by the permit's start (so the
 * same draft always gives the same number, and a retry the same request); blank without a
 * pattern. A start not yet complete dates it by `now`.
 */
export function templatePermitNumber(
  template: Template,
  values: Pick<PermitFormValues, "plate" | "validFrom">,
  now: Date,
  siteTimeZone: string,
): string {
  if (template.permitNumberPattern === undefined) return "";
  const [plate = ""] = typedPlates(values.plate);
  const at = isWallTime(values.validFrom) ? wallTimeToDate(values.validFrom, siteTimeZone) : now;
  return expandPermitNumber(template.permitNumberPattern, { plate, at, siteTimeZone });
}

/**
 * The form with a template applied: its zone, duration (Valid until follows from Valid from),
 * amount and currency or free, and the permit number its pattern gives. The plate and the
 * start stay as they are.
 */
export function withTemplate(
  values: PermitFormValues,
  template: Template,
  now: Date,
  siteTimeZone: string,
): PermitFormValues {
  const duration = durationId(template.duration);
  return {
    ...values,
    template: template.id,
    zone: template.zone,
    duration,
    validUntil: validUntilFor(values.validFrom, duration, siteTimeZone) ?? values.validUntil,
    amount: template.amount ?? "",
    currency: template.currency ?? values.currency,
    permitNo: templatePermitNumber(template, values, now, siteTimeZone),
  };
}

/**
 * Drafts for several plates under a template whose pattern names the plate: each plate gets its
 * own number, unless the clerk typed one (`permitNoByClerk`), which then stands for all.
 */
export function draftsWithTemplateNumbers(
  drafts: readonly PermitDraft[],
  template: Template | undefined,
  options: { permitNoByClerk: boolean; siteTimeZone: string },
): PermitDraft[] {
  const pattern = template?.permitNumberPattern;
  if (pattern === undefined || options.permitNoByClerk || !pattern.includes("{plate}")) {
    return [...drafts];
  }
  return drafts.map((draft) => ({
    ...draft,
    permitNo:
      expandPermitNumber(pattern, {
        plate: draft.plate,
        at: new Date(draft.validFrom),
        siteTimeZone: options.siteTimeZone,
      }) || undefined,
  }));
}
