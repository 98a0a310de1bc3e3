import { durationId, type ValidityDuration, validityDurationSchema } from "@permit-desk/schema";
import type { Selectable } from "kysely";
import type { TemplatesTable } from "../db/database.ts";
import type { Zone } from "../zones/zone.ts";

export type Template = {
  id: string;
  name: string;
  zone: Zone;
  duration: ValidityDuration;
  /** Absent, with the currency, for a free permit. */
  amount: string | undefined;
  currency: string | undefined;
  permitNumberPattern: string | undefined;
  position: number;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
};

function durationOf(text: string): ValidityDuration {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error("Column templates.duration does not hold JSON.");
  }
  const parsed = validityDurationSchema.safeParse(value);
  if (!parsed.success) throw new Error("Column templates.duration does not hold a duration.");
  return parsed.data;
}

export function templateOf(row: Selectable<TemplatesTable>, zone: Zone): Template {
  return {
    id: row.id,
    name: row.name,
    zone,
    duration: durationOf(row.duration),
    amount: row.amount ?? undefined,
    currency: row.currency ?? undefined,
    permitNumberPattern: row.permit_number_pattern ?? undefined,
    position: row.position,
    active: row.active === 1,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

/** A template as the audit trail shows it: the duration by its stable name ("hours:2"). */
export function templateFacts(template: Template): Record<string, unknown> {
  return {
    name: template.name,
    zone: template.zone.name,
    duration: durationId(template.duration),
    amount: template.amount ?? null,
    currency: template.currency ?? null,
    permitNumberPattern: template.permitNumberPattern ?? null,
    position: template.position,
    active: template.active,
  };
}
