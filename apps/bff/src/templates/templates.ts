import { randomUUID } from "node:crypto";
import {
  amountSchema,
  currencySchema,
  permitNumberPatternSchema,
  templateNameSchema,
  type ValidityDuration,
  validityDurationSchema,
} from "@permit-desk/schema";
import { type Kysely, sql } from "kysely";
import * as z from "zod/mini";
import type { Actor } from "../audit/audit-event.ts";
import { type AuditOptions, writeAuditEvent } from "../audit/audit-trail.ts";
import { changesBetween } from "../audit/changes.ts";
import type { Clock } from "../clock.ts";
import type { Database } from "../db/database.ts";
import { isUniqueViolation } from "../db/unique-violation.ts";
import { InvalidValueError } from "../invalid-value.ts";
import { type Zone, zoneOf } from "../zones/zone.ts";
import { ZoneNotFoundError } from "../zones/zone-errors.ts";
import { type Template, templateFacts, templateOf } from "./template.ts";
import { TemplateNameTakenError, TemplateNotFoundError } from "./template-errors.ts";

/** What a template says; a create or a replace gives all of it. */
export type TemplateFields = {
  name: string;
  zoneId: string;
  duration: ValidityDuration;
  /** None for a free permit; a paid one names its currency. */
  amount?: string | undefined;
  currency?: string | undefined;
  permitNumberPattern?: string | undefined;
};

export type TemplateChanges = { active?: boolean; position?: number };

export type Templates = {
  /** Ordered by position, then name; only in these zones when given, only active ones when asked. */
  list(options?: { zoneIds?: readonly string[]; activeOnly?: boolean }): Promise<Template[]>;
  get(id: string): Promise<Template | undefined>;
  /** Placed after every other template, in use. */
  create(fields: TemplateFields, actor: Actor): Promise<Template>;
  /** Replaces what the template says; its position and whether it is in use stay. */
  replace(id: string, fields: TemplateFields, actor: Actor): Promise<Template>;
  update(id: string, changes: TemplateChanges, actor: Actor): Promise<Template>;
};

export type TemplatesOptions = { clock: Clock; newId?: () => string };

const fieldsSchema = z.object({
  name: templateNameSchema,
  duration: validityDurationSchema,
  amount: z.optional(amountSchema),
  currency: z.optional(currencySchema),
  permitNumberPattern: z.optional(permitNumberPatternSchema),
});

type Content = {
  name: string;
  zone_id: string;
  duration: string;
  amount: string | null;
  currency: string | null;
  permit_number_pattern: string | null;
};

/** The columns of a template's content, checked as the API checks them. */
function contentOf(fields: TemplateFields): Content {
  const parsed = fieldsSchema.safeParse(fields);
  if (!parsed.success) throw InvalidValueError.of(parsed.error);
  const { name, duration, amount, currency, permitNumberPattern } = parsed.data;
  if (amount !== undefined && currency === undefined)
    throw new InvalidValueError({ code: "template_currency_required" });
  return {
    name,
    zone_id: fields.zoneId,
    duration: JSON.stringify(duration),
    amount: amount ?? null,
    currency: amount === undefined ? null : (currency ?? null),
    permit_number_pattern: permitNumberPattern || null,
  };
}

async function zoneById(from: Kysely<Database>, id: string): Promise<Zone> {
  const row = await from.selectFrom("zones").selectAll().where("id", "=", id).executeTakeFirst();
  if (row === undefined) throw new ZoneNotFoundError(id);
  return zoneOf(row);
}

export function createTemplates(db: Kysely<Database>, options: TemplatesOptions): Templates {
  const { clock } = options;
  const newId = options.newId ?? randomUUID;
  const audit: AuditOptions = { clock, newId };

  async function read(from: Kysely<Database>, id: string): Promise<Template | undefined> {
    const row = await from
      .selectFrom("templates")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirst();
    return row === undefined ? undefined : templateOf(row, await zoneById(from, row.zone_id));
  }

  /**
   * Touching the row first locks it on PostgreSQL until the transaction ends, so the audit's
   * "before" cannot be stale.
   */
  async function lock(trx: Kysely<Database>, id: string, now: number): Promise<Template> {
    const row = await trx
      .updateTable("templates")
      .set({ updated_at: now })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirst();
    if (row === undefined) throw new TemplateNotFoundError(id);
    return templateOf(row, await zoneById(trx, row.zone_id));
  }

  /** Writes in one transaction; a name already in use in the zone is refused by name. */
  async function named(
    write: (trx: Kysely<Database>) => Promise<Template>,
    taken: () => Promise<{ template: string; zone: string }>,
  ): Promise<Template> {
    try {
      return await db.transaction().execute(write);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const { template, zone } = await taken();
      throw new TemplateNameTakenError(template, zone);
    }
  }

  /** Locks the template, writes, and audits what changed from before to after. */
  async function change(
    trx: Kysely<Database>,
    id: string,
    actor: Actor,
    write: (now: number) => Promise<unknown>,
  ): Promise<Template> {
    const now = clock().getTime();
    const before = await lock(trx, id, now);
    await write(now);
    const after = await read(trx, id);
    if (after === undefined) throw new TemplateNotFoundError(id);
    const changes = changesBetween(templateFacts(before), templateFacts(after));
    if (Object.keys(changes).length > 0) {
      await writeAuditEvent(
        trx,
        { actor, action: "template.update", subject: { type: "template", id }, changes },
        audit,
      );
    }
    return after;
  }

  return {
    async list(listOptions = {}) {
      const { zoneIds, activeOnly = false } = listOptions;
      if (zoneIds?.length === 0) return [];
      let select = db.selectFrom("templates").selectAll();
      if (zoneIds !== undefined) select = select.where("zone_id", "in", zoneIds);
      if (activeOnly) select = select.where("active", "=", 1);
      const rows = await select
        .orderBy("position")
        .orderBy(sql`lower(name)`)
        .orderBy("name")
        .orderBy("id")
        .execute();
      const zones = new Map(
        (await db.selectFrom("zones").selectAll().execute()).map((row) => [row.id, zoneOf(row)]),
      );
      return rows.flatMap((row) => {
        const zone = zones.get(row.zone_id);
        return zone === undefined ? [] : [templateOf(row, zone)];
      });
    },

    get: (id) => read(db, id),

    async create(fields, actor) {
      const content = contentOf(fields);
      // Zones are never deleted: the one found now is still there in the transaction.
      const zone = await zoneById(db, content.zone_id);
      return named(
        async (trx) => {
          const now = clock().getTime();
          const last = await trx
            .selectFrom("templates")
            .select((eb) => eb.fn.max("position").as("position"))
            .executeTakeFirst();
          const row = {
            id: newId(),
            ...content,
            position: last?.position == null ? 0 : Number(last.position) + 1,
            active: 1 as const,
            created_at: now,
            updated_at: now,
          };
          await trx.insertInto("templates").values(row).execute();
          const template = templateOf(row, zone);
          await writeAuditEvent(
            trx,
            {
              actor,
              action: "template.create",
              subject: { type: "template", id: template.id },
              changes: changesBetween(undefined, templateFacts(template)),
            },
            audit,
          );
          return template;
        },
        async () => ({ template: content.name, zone: zone.name }),
      );
    },

    async replace(id, fields, actor) {
      const content = contentOf(fields);
      const zone = await zoneById(db, content.zone_id);
      return named(
        (trx) =>
          change(trx, id, actor, (now) =>
            trx
              .updateTable("templates")
              .set({ ...content, updated_at: now })
              .where("id", "=", id)
              .execute(),
          ),
        async () => ({ template: content.name, zone: zone.name }),
      );
    },

    async update(id, changes, actor) {
      return named(
        (trx) =>
          change(trx, id, actor, (now) =>
            trx
              .updateTable("templates")
              .set({
                updated_at: now,
                ...(changes.active !== undefined && { active: changes.active ? 1 : 0 }),
                ...(changes.position !== undefined && { position: changes.position }),
              })
              .where("id", "=", id)
              .execute(),
          ),
        async () => {
          const template = await read(db, id);
          return { template: template?.name ?? "", zone: template?.zone.name ?? "" };
        },
      );
    },
  };
}
