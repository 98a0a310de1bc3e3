import {
  AUDIT_ACTIONS,
  type AuditAction,
  type AuditEvent as AuditEventRecord,
} from "@permit-desk/schema";
import * as auditEndpoints from "@permit-desk/schema/endpoints/audit";
import { hasUnacceptableCharacter } from "../acceptable-text.ts";
import type { AppDeps } from "../app-deps.ts";
import type { AuditEvent } from "../audit/audit-event.ts";
import { sendError } from "../http/api-error.ts";
import { routesOf } from "../http/endpoint-routes.ts";

const AUDIT_PAGE_SIZE = 50;

/** No member did it: Permit Desk itself did. A failed sign-in's actor is what was typed instead. */
function bySystem(event: AuditEvent): boolean {
  return event.actor.userId === null && event.action !== "auth.sign_in_failed";
}

type Subject = NonNullable<AuditEventRecord["subject"]>;
type SubjectNames = (type: string, id: string) => Omit<Subject, "type" | "id">;

/**
 * What the page's subjects are called now, read once per kind the page names: permits by their
 * plate and zone as corrected, zones, templates and users by name. A subject since gone is
 * named by its id only.
 */
async function subjectNamesOf(deps: AppDeps, events: readonly AuditEvent[]): Promise<SubjectNames> {
  const idsOf = (type: string) => [
    ...new Set(
      events.flatMap((event) =>
        event.subject?.type === type && event.subject.id !== null ? [event.subject.id] : [],
      ),
    ),
  ];
  const permitIds = idsOf("permit");
  const needs = (type: string) => events.some((event) => event.subject?.type === type);
  const [zones, templates, users, permits] = await Promise.all([
    needs("zone") || permitIds.length > 0 ? deps.zones.list({ all: true }) : [],
    needs("template") ? deps.templates.list() : [],
    needs("user") ? deps.users.list() : [],
    Promise.all(permitIds.map((id) => deps.journal.get(id))),
  ]);
  const zoneNames = new Map(zones.map((zone) => [zone.id, zone.name]));
  const names = new Map<string, Omit<Subject, "type" | "id">>();
  for (const zone of zones) names.set(`zone:${zone.id}`, { name: zone.name });
  for (const template of templates) names.set(`template:${template.id}`, { name: template.name });
  for (const user of users) names.set(`user:${user.id}`, { name: user.username });
  for (const permit of permits) {
    if (permit === undefined) continue;
    const { plate, zoneId, zone } = permit.current;
    names.set(`permit:${permit.id}`, {
      plate,
      zone: { id: zoneId, name: zoneNames.get(zoneId) ?? zone },
    });
  }
  return (type, id) => names.get(`${type}:${id}`) ?? {};
}

function auditRecordOf(event: AuditEvent, namesOf: SubjectNames): AuditEventRecord {
  const { subject } = event;
  return {
    id: event.id,
    at: event.at.toISOString(),
    actor: event.actor.label,
    ...(bySystem(event) && { system: true as const }),
    action: event.action,
    ...(subject !== undefined &&
      subject.id !== null && {
        subject: { type: subject.type, id: subject.id, ...namesOf(subject.type, subject.id) },
      }),
    ...(event.changes !== undefined && { changes: event.changes }),
    ...(event.detail !== undefined && { detail: event.detail }),
  };
}

function cursorOf(event: AuditEvent): string {
  return Buffer.from(`${event.at.getTime()}:${event.id}`).toString("base64url");
}

function afterCursor(cursor: string): { at: Date; id: string } | undefined {
  const match = /^(\d{1,15}):(.{1,100})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  if (match?.[1] === undefined || match[2] === undefined) return undefined;
  // The id goes into a query: what no event id holds, no database is asked for.
  if (hasUnacceptableCharacter(match[2])) return undefined;
  return { at: new Date(Number(match[1])), id: match[2] };
}

const isAuditAction = (value: string): value is AuditAction =>
  (AUDIT_ACTIONS as readonly string[]).includes(value);

/** Read only: nothing in the app edits or deletes an audit event. */
export function auditRoutes(deps: AppDeps) {
  return routesOf(auditEndpoints, {
    listAuditEvents: async (c, { query: { action, actor, cursor } }) => {
      if (action !== undefined && action !== "" && !isAuditAction(action)) {
        return sendError(c, 400, "bad_request", {
          code: "audit_action_unknown",
          params: { action },
        });
      }
      const after = cursor === undefined || cursor === "" ? undefined : afterCursor(cursor);
      if (cursor !== undefined && cursor !== "" && after === undefined) {
        return sendError(c, 400, "bad_request", { code: "audit_page_gone" });
      }
      const events = await deps.audit.list({
        ...(action !== undefined && action !== "" && { action }),
        ...(actor !== undefined && actor !== "" && { actorId: actor }),
        ...(after !== undefined && { after }),
        limit: AUDIT_PAGE_SIZE + 1,
      });
      const page = events.slice(0, AUDIT_PAGE_SIZE);
      const last = page.at(-1);
      const namesOf = await subjectNamesOf(deps, page);
      return c.json({
        events: page.map((event) => auditRecordOf(event, namesOf)),
        ...(events.length > AUDIT_PAGE_SIZE &&
          last !== undefined && { nextCursor: cursorOf(last) }),
      });
    },
  });
}
