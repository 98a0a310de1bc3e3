import type { Template as TemplateRecord } from "@permit-desk/schema";
import type { User } from "../users/user.ts";
import type { Template } from "./template.ts";
import type { Templates } from "./templates.ts";

/**
 * The templates a member sees, in the list's order: every one for an administrator, those of
 * their zones for a manager, and for a validator only those in use in their active zones.
 */
export async function templatesSeenBy(user: User, templates: Templates): Promise<Template[]> {
  if (user.role === "admin") return templates.list();
  if (user.role === "manager")
    return templates.list({ zoneIds: user.zones.map((zone) => zone.id) });
  const activeZoneIds = user.zones.filter((zone) => zone.active).map((zone) => zone.id);
  return templates.list({ zoneIds: activeZoneIds, activeOnly: true });
}

/** A member can apply a template in use in an active zone; only those are numbered. */
function canApply(template: Template): boolean {
  return template.active && template.zone.active;
}

export function templateRecordOf(template: Template, number?: number): TemplateRecord {
  return {
    id: template.id,
    ...(number !== undefined && { number }),
    name: template.name,
    zone: template.zone.name,
    duration: template.duration,
    ...(template.amount !== undefined && { amount: template.amount }),
    ...(template.currency !== undefined && { currency: template.currency }),
    ...(template.permitNumberPattern !== undefined && {
      permitNumberPattern: template.permitNumberPattern,
    }),
    active: template.active,
    position: template.position,
  };
}

/** Numbers 1, 2, 3… over the templates that can be applied, skipping the others. */
export function numberedRecords(list: readonly Template[]): TemplateRecord[] {
  let count = 0;
  return list.map((template) =>
    templateRecordOf(template, canApply(template) ? ++count : undefined),
  );
}
