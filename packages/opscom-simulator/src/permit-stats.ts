import { permitStatsWireSchema } from "@permit-desk/schema";
import type { AuthorizedRequest } from "./authorized-request.ts";
import { withoutBlankValues } from "./blank-values.ts";
import type { OpscomAnswer } from "./opscom-answer.ts";
import type { PermitBody, PermitStore, StoredPermit } from "./permit-store.ts";
import { errorOfIssues } from "./wire-issues.ts";

type StatsRow = { type: string; zone: string; total: string };

/** OPSCOM's published limit for Temporary permits; longer ones count as Standard. */
const TEMPORARY_PERMIT_MAX_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * `POST /api/{client}/v1/permits/stats`: live permits counted per type and zone. Deleted
 * permits and disconnected records (no zone, or a zone OPSCOM does not know) are not counted.
 */
export function permitStats(request: AuthorizedRequest, store: PermitStore): OpscomAnswer {
  const body = withoutBlankValues(request.body);
  const parsed = permitStatsWireSchema.safeParse(body);
  if (!parsed.success) return errorOfIssues(parsed.error.issues, body);
  const zones = zoneList(parsed.data.zones);
  const counted = store
    .list()
    .filter((permit) => isReported(permit, request.clientCode))
    .filter((permit) => zones.length === 0 || zones.includes(permit.body.zone ?? ""));
  return { data: countByTypeAndZone(counted) };
}

function zoneList(zones: string | undefined): string[] {
  return (zones ?? "")
    .split(",")
    .map((zone) => zone.trim())
    .filter((zone) => zone !== "");
}

function isReported(permit: StoredPermit, clientCode: string): boolean {
  return permit.clientCode === clientCode && permit.deletedAt === null && !permit.disconnected;
}

export function permitType(body: PermitBody): "temp" | "standard" {
  const duration = Date.parse(`${body.endTime}Z`) - Date.parse(`${body.startTime}Z`);
  return duration <= TEMPORARY_PERMIT_MAX_MS ? "temp" : "standard";
}

function countByTypeAndZone(permits: readonly StoredPermit[]): StatsRow[] {
  const counts = new Map<string, { type: string; zone: string; count: number }>();
  for (const { body } of permits) {
    const type = permitType(body);
    const zone = body.zone ?? "";
    const key = JSON.stringify([zone, type]);
    const count = (counts.get(key)?.count ?? 0) + 1;
    counts.set(key, { type, zone, count });
  }
  return [...counts.values()]
    .sort((a, b) => a.zone.localeCompare(b.zone) || a.type.localeCompare(b.type))
    .map(({ type, zone, count }) => ({ type, zone, total: String(count) }));
}
