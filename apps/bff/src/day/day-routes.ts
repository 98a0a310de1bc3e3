import { addCalendarDays, toWallTime, wallTimeToDate } from "@permit-desk/schema";
import * as dayEndpoints from "@permit-desk/schema/endpoints/day";
import type { AppDeps } from "../app-deps.ts";
import { managersOnly } from "../batches/batch-routes.ts";
import { routesOf } from "../http/endpoint-routes.ts";
import { staffOf } from "../http/staff.ts";
import { zoneNamesOf } from "../journal/to-api.ts";
import { displayNamesOf } from "../permits/display-names.ts";
import type { User } from "../users/user.ts";
import type { DayScope } from "./day-figures.ts";

/** A manager counts the permits of their zones; an administrator all of them. */
function scopeOf(user: User): DayScope {
  return user.role === "admin" ? {} : { zoneIds: user.zones.map((zone) => zone.id) };
}

const formatCents = (cents: number) => (cents / 100).toFixed(2);

export function dayRoutes(deps: AppDeps) {
  const { config, day, zones } = deps;
  const timeZone = config.siteTimeZone;

  return routesOf(dayEndpoints, {
    getDayFigures: {
      before: [managersOnly],
      handle: async (c, { query }) => {
        const { user } = staffOf(c);
        const date = query.date ?? toWallTime(deps.clock(), timeZone).slice(0, 10);
        const start = wallTimeToDate(`${date}T00:00`, timeZone).getTime();
        const end = wallTimeToDate(`${addCalendarDays(date, 1)}T00:00`, timeZone).getTime();
        const counts = await day.count(start, end, scopeOf(user));
        const [names, members] = await Promise.all([
          zones.list({ all: true }).then(zoneNamesOf),
          displayNamesOf(
            deps.users,
            counts.byMember.map((row) => row.actor),
          ),
        ]);
        const hours = Math.round((end - start) / 3_600_000);
        const issuedIn = new Map(counts.byHour.map((row) => [row.hour, row.issued]));
        const byHour = Array.from({ length: hours }, (_, hour) => ({
          hour: toWallTime(new Date(start + hour * 3_600_000), timeZone).slice(11, 16),
          issued: issuedIn.get(hour) ?? 0,
        }));
        const busiest = byHour.reduce<(typeof byHour)[number] | undefined>(
          (best, row) => (row.issued > (best?.issued ?? 0) ? row : best),
          undefined,
        );
        type Named = { name: string; issued: number };
        /** Most first; alike counts by name. */
        const ranked = (rows: Named[]) =>
          rows.sort((a, b) => b.issued - a.issued || a.name.localeCompare(b.name));
        return c.json({
          date,
          timeZone,
          byHour,
          byZone: ranked(
            counts.byZone.map((row) => ({ name: names.get(row.zoneId) ?? row.zoneId, ...row })),
          ).map(({ name, issued }) => ({ zone: name, issued })),
          byMember: ranked(
            counts.byMember.map((row) => ({ name: members.get(row.actor) ?? row.actor, ...row })),
          ).map(({ name, issued }) => ({ member: name, issued })),
          amounts: counts.amounts
            .map((row) => ({ currency: row.currency, amount: formatCents(row.cents) }))
            .sort((a, b) => a.currency.localeCompare(b.currency)),
          refused: counts.refused.map(({ opscomErrorCode, count }) => ({
            ...(opscomErrorCode !== undefined && { opscomErrorCode }),
            count,
          })),
          awaitingFinding: counts.awaitingFinding,
          ...(busiest !== undefined && { busiestHour: busiest.hour }),
        });
      },
    },
    getOpscomCounts: {
      before: [managersOnly],
      handle: async (c) => {
        const { user } = staffOf(c);
        const scope = scopeOf(user);
        const siteZones = await zones.list({ all: true });
        const shown = siteZones.filter(
          (zone) => scope.zoneIds === undefined || scope.zoneIds.includes(zone.id),
        );
        const [held, stats] = await Promise.all([
          day.heldPerZone(scope),
          shown.length === 0
            ? Promise.resolve({ kind: "answered" as const, rows: [] })
            : deps.opscom.permitStats({
                apiToken: deps.issueSettings.apiToken,
                zones: shown.map((zone) => zone.name).join(","),
              }),
        ]);
        const answered = stats.kind === "answered";
        const opscomIn = (name: string) =>
          answered
            ? stats.rows
                .filter((row) => row.zone === name)
                .reduce((total, row) => total + row.total, 0)
            : undefined;
        const heldIn = (zoneId: string, state: string) =>
          held
            .filter((row) => row.zoneId === zoneId && row.state === state)
            .reduce((total, row) => total + row.count, 0);
        return c.json({
          at: deps.clock().toISOString(),
          answered,
          zones: shown
            .map((zone) => {
              const journal = heldIn(zone.id, "issued");
              const unconfirmed = heldIn(zone.id, "unknown");
              const opscom = opscomIn(zone.name);
              return {
                zone: zone.name,
                journal,
                unconfirmed,
                ...(opscom !== undefined && { opscom }),
                differs: opscom !== undefined && opscom !== journal,
              };
            })
            .filter((row) => row.journal > 0 || row.unconfirmed > 0 || (row.opscom ?? 0) > 0),
        });
      },
    },
  });
}
