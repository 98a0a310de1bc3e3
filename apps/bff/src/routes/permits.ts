import { HISTORY_PAGE_SIZE } from "@permit-desk/schema";
import * as permitEndpoints from "@permit-desk/schema/endpoints/permits";
import type { AppDeps } from "../app-deps.ts";
import { sendError } from "../http/api-error.ts";
import { routesOf } from "../http/endpoint-routes.ts";
import { activeZonesOf, actorOfUser, staffOf } from "../http/staff.ts";
import { fingerprintOf } from "../idempotency/fingerprint.ts";
import { InvalidCursorError, JournalStateError } from "../journal/journal-errors.ts";
import { toPermitRecord, type ZoneNames, zoneNamesOf } from "../journal/to-api.ts";
import { readWrite, sendWriteResult } from "../opscom-writes/write-pipeline.ts";
import { changePermit } from "../permits/change-permit.ts";
import { displayNamesOf } from "../permits/display-names.ts";
import { historyCsv } from "../permits/history-csv.ts";
import { journalFilterOf } from "../permits/journal-filter-of.ts";
import { permitSummariesOf } from "../permits/permit-summaries.ts";
import { submitPermit } from "../permits/submit-permit.ts";
import { canReconcile, canSee, visibleTo } from "../permits/visibility.ts";
import type { User } from "../users/user.ts";

export function permitRoutes(deps: AppDeps) {
  const { journal, zones } = deps;

  /** The permit's record with its changes, whose members are named as they are now. */
  async function recordOf(id: string) {
    const [entry, changes] = await Promise.all([journal.get(id), journal.changes(id)]);
    if (entry === undefined) return undefined;
    const [names, zoneNames] = await Promise.all([
      displayNamesOf(deps.users, [entry.actor, ...changes.map((change) => change.actor)]),
      zoneNamesNow(),
    ]);
    return toPermitRecord(entry, changes, names, zoneNames);
  }

  /** Where a member may issue or move a permit: the site's active zones and their own. */
  async function issueZonesOf(user: User) {
    const site = await zones.list();
    // An administrator's zones are the site's active zones: one list serves both.
    return { site, member: user.role === "admin" ? site : await activeZonesOf(user, zones) };
  }

  /** Display names looked up once per member for an export, however many rows they have. */
  function memberNames() {
    const known = new Map<string, Promise<string | undefined>>();
    return (username: string) => {
      let name = known.get(username);
      if (name === undefined) {
        name = displayNamesOf(deps.users, [username]).then((names) => names.get(username));
        known.set(username, name);
      }
      return name;
    };
  }

  async function zoneNamesNow(): Promise<ZoneNames> {
    return zoneNamesOf(await zones.list({ all: true }));
  }

  return routesOf(permitEndpoints, {
    issuePermit: async (c) => {
      const read = await readWrite(c, "permit");
      if (!read.ok) return read.response;
      const { key } = read;
      const { user } = staffOf(c);
      // The journal names the member by username (it never changes); keys are scoped by user id.
      const actor = user.username;
      const scope = { scope: user.id, key };
      const result = await submitPermit(
        read.body,
        {
          actor,
          auditActor: actorOfUser(user),
          claim: { ...scope, fingerprint: fingerprintOf(read.body) },
          zones: await issueZonesOf(user),
        },
        deps,
      );
      return sendWriteResult(c, result, "permit");
    },
    listPermits: async (c, { query }) => {
      try {
        const siteZones = await zones.list({ all: true });
        const page = await journal.list({
          ...journalFilterOf(query, siteZones),
          ...visibleTo(staffOf(c).user),
          limit: Math.min(Math.max(query.limit ?? HISTORY_PAGE_SIZE, 1), 200),
          ...(query.cursor !== undefined && { cursor: query.cursor }),
        });
        return c.json({
          permits: await permitSummariesOf(page.entries, deps),
          ...(page.nextCursor !== undefined && { nextCursor: page.nextCursor }),
        });
      } catch (error) {
        if (error instanceof InvalidCursorError)
          return sendError(c, 400, "bad_request", { code: "history_page_gone" });
        throw error;
      }
    },
    exportPermits: async (c, { query }) => {
      const csv = await historyCsv(
        journal.iterate({
          ...journalFilterOf(query, await zones.list({ all: true })),
          ...visibleTo(staffOf(c).user),
        }),
        deps.config.siteTimeZone,
        memberNames(),
      );
      c.header("Content-Type", "text/csv; charset=utf-8");
      c.header(
        "Content-Disposition",
        `attachment; filename="permits-${new Date().toISOString().slice(0, 10)}.csv"`,
      );
      c.header("Cache-Control", "no-store");
      return c.body(csv);
    },
    getPermit: async (c, { params: { id } }) => {
      const record = await recordOf(id);
      // Someone else's permit is "not found": its existence is not this member's business.
      if (record === undefined || !canSee(staffOf(c).user, record))
        return sendError(c, 404, "not_found", { code: "permit_not_found" });
      return c.json(record);
    },
    recordReconciliation: async (c, { params: { id }, body: input }) => {
      const { user } = staffOf(c);
      const existing = await journal.get(id);
      if (existing === undefined || !canSee(user, existing))
        return sendError(c, 404, "not_found", { code: "permit_not_found" });
      if (!canReconcile(user, existing))
        return sendError(c, 403, "forbidden", { code: "findings_not_allowed" });
      try {
        await journal.reconcile(id, { ...input, by: user.username });
      } catch (error) {
        if (error instanceof JournalStateError) {
          return sendError(c, 409, "conflict", { code: "permit_not_unconfirmed" });
        }
        throw error;
      }
      const record = await recordOf(id);
      if (record === undefined) return sendError(c, 404, "not_found", { code: "permit_not_found" });
      return c.json(record, 201);
    },
    changePermit: async (c, { params: { id } }) => {
      const read = await readWrite(c, "change");
      if (!read.ok) return read.response;
      const { key } = read;
      const { user } = staffOf(c);
      const entry = await journal.get(id);
      if (entry === undefined || !canSee(user, entry))
        return sendError(c, 404, "not_found", { code: "permit_not_found" });
      const scope = { scope: user.id, key };
      // The permit is part of what is asked: one body for two permits is two requests.
      const fingerprint = fingerprintOf({ permit: id, change: read.body });
      const result = await changePermit(
        read.body,
        entry,
        {
          user,
          auditActor: actorOfUser(user),
          claim: { ...scope, fingerprint },
          zones: await issueZonesOf(user),
          now: deps.clock(),
        },
        deps,
      );
      return sendWriteResult(c, result, "change");
    },
    recordChangeReconciliation: async (c, { params: { id, changeId }, body: input }) => {
      const { user } = staffOf(c);
      const [entry, change] = await Promise.all([journal.get(id), journal.getChange(changeId)]);
      if (entry === undefined || !canSee(user, entry) || change?.permitId !== id)
        return sendError(c, 404, "not_found", { code: "change_not_found" });
      if (!canReconcile(user, entry))
        return sendError(c, 403, "forbidden", { code: "findings_not_allowed" });
      try {
        await deps.permitChanges.reconcile(id, change.id, { ...input, by: user.username });
      } catch (error) {
        if (error instanceof JournalStateError) {
          return sendError(c, 409, "conflict", { code: "change_not_unconfirmed" });
        }
        throw error;
      }
      const record = await recordOf(id);
      if (record === undefined) return sendError(c, 404, "not_found", { code: "permit_not_found" });
      return c.json(record, 201);
    },
  });
}
