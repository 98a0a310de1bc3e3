import { allEndpoints, type StaffMember } from "@permit-desk/schema";
import type { Context, MiddlewareHandler } from "hono";
import type { Actor } from "../audit/audit-event.ts";
import type { Session, Sessions } from "../auth/sessions.ts";
import type { User } from "../users/user.ts";
import type { Zone } from "../zones/zone.ts";
import type { Zones } from "../zones/zones.ts";
import { apiError } from "./api-error.ts";
import { readSessionCookie } from "./session-cookie.ts";

/** The signed-in member a request acts for, set by `requireStaff`. */
export type Staff = { user: User; session: Session; token: string };
export type StaffEnv = { Variables: { staff: Staff } };

/** `/api` routes an anonymous caller may use (first-run set-up and signing in), as the table says. */
const PUBLIC_ROUTES = allEndpoints()
  .map(({ endpoint }) => endpoint)
  .filter((endpoint) => endpoint.access === "public" && endpoint.path.startsWith("/api/"));

/** Routes the browser polls on a timer: not the member's activity (see `Endpoint.poll`). */
const POLLED_ROUTES = allEndpoints()
  .map(({ endpoint }) => endpoint)
  .filter((endpoint) => endpoint.poll === true);

const trimmed = (path: string) => (path.length > 1 ? path.replace(/\/+$/, "") : path);

export function isPublicRoute(method: string, path: string): boolean {
  return PUBLIC_ROUTES.some((route) => route.method === method && route.path === trimmed(path));
}

function isPolledRoute(method: string, path: string): boolean {
  return POLLED_ROUTES.some((route) => route.method === method && route.path === trimmed(path));
}

const unauthenticated = () => apiError("unauthenticated", { code: "sign_in_required" });

type SessionDeps = { sessions: Sessions; secureCookie: boolean };

/** The live session of an enabled member the request's cookie names, if any; reading it counts as activity. */
export async function liveStaffOf(
  c: Context,
  deps: SessionDeps,
  activity = true,
): Promise<Staff | undefined> {
  const token = readSessionCookie(c, deps.secureCookie);
  if (token === undefined) return undefined;
  const staff = await deps.sessions.resolveWithUser(token, { activity });
  return staff === undefined || staff.user.disabled ? undefined : { ...staff, token };
}

/**
 * Every `/api` request but the public ones needs a live session of an enabled user; each but a
 * poll counts as the member's activity, keeping the session from going idle.
 */
export const requireStaff =
  (deps: SessionDeps): MiddlewareHandler<StaffEnv> =>
  async (c, next) => {
    if (isPublicRoute(c.req.method, c.req.path)) return next();
    const staff = await liveStaffOf(c, deps, !isPolledRoute(c.req.method, c.req.path));
    if (staff === undefined) return c.json(unauthenticated(), 401);
    c.set("staff", staff);
    return next();
  };

export const requireAdmin = (): MiddlewareHandler<StaffEnv> => async (c, next) => {
  if (c.get("staff").user.role !== "admin") {
    return c.json(apiError("forbidden", { code: "admin_only" }), 403);
  }
  return next();
};

export function staffOf(c: Context<StaffEnv>): Staff {
  return c.get("staff");
}

export function actorOfUser(user: User): Actor {
  return { userId: user.id, label: user.username };
}

/** The active zones a member may issue in and see: every active zone for an admin. */
export async function activeZonesOf(user: User, zones: Zones): Promise<Zone[]> {
  if (user.role === "admin") return zones.list();
  return user.zones.filter((zone) => zone.active);
}

export async function staffMemberOf(user: User, zones: Zones): Promise<StaffMember> {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    zones: (await activeZonesOf(user, zones)).map((zone) => zone.name),
  };
}
