import type { TemplateContent, Template as TemplateRecord } from "@permit-desk/schema";
import * as templateEndpoints from "@permit-desk/schema/endpoints/templates";
import type { Context, MiddlewareHandler } from "hono";
import type { AppDeps } from "../app-deps.ts";
import { apiError, sendError } from "../http/api-error.ts";
import { routesOf } from "../http/endpoint-routes.ts";
import { actorOfUser, type StaffEnv, staffOf } from "../http/staff.ts";
import { problemOfRangeError } from "../invalid-value.ts";
import {
  numberedRecords,
  templateRecordOf,
  templatesSeenBy,
} from "../templates/member-templates.ts";
import type { Template } from "../templates/template.ts";
import { TemplateNameTakenError, TemplateNotFoundError } from "../templates/template-errors.ts";
import type { TemplateFields } from "../templates/templates.ts";
import type { User } from "../users/user.ts";
import type { Zone } from "../zones/zone.ts";
import { ZoneNotFoundError } from "../zones/zone-errors.ts";

const requireTemplateManager = (): MiddlewareHandler<StaffEnv> => async (c, next) => {
  if (staffOf(c).user.role === "validator") {
    return c.json(apiError("forbidden", { code: "templates_not_allowed" }), 403);
  }
  return next();
};

/** An administrator manages every zone's templates; a manager those of the zones assigned to them. */
function managesZone(user: User, zone: Pick<Zone, "id">): boolean {
  return user.role === "admin" || user.zones.some((own) => own.id === zone.id);
}

function notYourZone(c: Context, zone: Pick<Zone, "name">): Response {
  return sendError(c, 403, "forbidden", {
    code: "template_zone_not_yours",
    params: { zone: zone.name },
  });
}

function templateErrorAnswer(c: Context, error: unknown): Response {
  if (error instanceof TemplateNotFoundError)
    return sendError(c, 404, "not_found", { code: "template_not_found" });
  if (error instanceof TemplateNameTakenError) return sendError(c, 409, "conflict", error.problem);
  if (error instanceof ZoneNotFoundError)
    return sendError(c, 422, "validation", { code: "zone_not_found" });
  if (error instanceof RangeError)
    return sendError(c, 422, "validation", problemOfRangeError(error));
  throw error;
}

export function templateRoutes(deps: AppDeps) {
  const { templates, zones, config } = deps;

  /** The template as the member sees it in their list, numbered if they can apply it. */
  async function answerOf(user: User, template: Template): Promise<TemplateRecord> {
    const records = numberedRecords(await templatesSeenBy(user, templates));
    return records.find((record) => record.id === template.id) ?? templateRecordOf(template);
  }

  /** The body's zone and checked fields, or the answer that refuses them. */
  async function fieldsOf(
    c: Context,
    user: User,
    content: TemplateContent,
  ): Promise<{ ok: true; fields: TemplateFields } | { ok: false; response: Response }> {
    const zone = (await zones.list({ all: true })).find((known) => known.name === content.zone);
    if (zone === undefined) {
      const unknown = { code: "zone_name_unknown", params: { zone: content.zone } } as const;
      return { ok: false, response: sendError(c, 422, "validation", unknown) };
    }
    if (!managesZone(user, zone)) return { ok: false, response: notYourZone(c, zone) };
    if (content.currency !== undefined && !config.currencies.includes(content.currency)) {
      const choices = config.currencies.join(", ");
      const offered = { code: "currency_not_offered", params: { choices } } as const;
      return { ok: false, response: sendError(c, 422, "validation", offered) };
    }
    const { name, duration, amount, currency, permitNumberPattern } = content;
    return {
      ok: true,
      fields: { name, zoneId: zone.id, duration, amount, currency, permitNumberPattern },
    };
  }

  /** The template a manager may change, or the answer that says why not. */
  async function ownTemplate(
    c: Context,
    user: User,
    id: string,
  ): Promise<{ ok: true; template: Template } | { ok: false; response: Response }> {
    const template = await templates.get(id);
    if (template === undefined)
      return {
        ok: false,
        response: sendError(c, 404, "not_found", { code: "template_not_found" }),
      };
    if (!managesZone(user, template.zone))
      return { ok: false, response: notYourZone(c, template.zone) };
    return { ok: true, template };
  }

  const onlyManagers = [requireTemplateManager()];
  return routesOf(templateEndpoints, {
    listTemplates: async (c) => {
      const list = await templatesSeenBy(staffOf(c).user, templates);
      return c.json({ templates: numberedRecords(list) });
    },
    createTemplate: {
      before: onlyManagers,
      handle: async (c, { body }) => {
        const { user } = staffOf(c);
        const checked = await fieldsOf(c, user, body);
        if (!checked.ok) return checked.response;
        try {
          const template = await templates.create(checked.fields, actorOfUser(user));
          return c.json(await answerOf(user, template), 201);
        } catch (error) {
          return templateErrorAnswer(c, error);
        }
      },
    },
    replaceTemplate: {
      before: onlyManagers,
      handle: async (c, { params: { id }, body }) => {
        const { user } = staffOf(c);
        const own = await ownTemplate(c, user, id);
        if (!own.ok) return own.response;
        const checked = await fieldsOf(c, user, body);
        if (!checked.ok) return checked.response;
        try {
          const template = await templates.replace(
            own.template.id,
            checked.fields,
            actorOfUser(user),
          );
          return c.json(await answerOf(user, template));
        } catch (error) {
          return templateErrorAnswer(c, error);
        }
      },
    },
    changeTemplate: {
      before: onlyManagers,
      handle: async (c, { params: { id }, body: input }) => {
        const { user } = staffOf(c);
        const own = await ownTemplate(c, user, id);
        if (!own.ok) return own.response;
        try {
          const template = await templates.update(
            own.template.id,
            {
              ...(input.active !== undefined && { active: input.active }),
              ...(input.position !== undefined && { position: input.position }),
            },
            actorOfUser(user),
          );
          return c.json(await answerOf(user, template));
        } catch (error) {
          return templateErrorAnswer(c, error);
        }
      },
    },
  });
}
