export const PERMIT_ROUTES = ["push", "update", "delete", "stats"] as const;

/** The last segment of `/api/{client}/v1/permits/{route}`. */
export type PermitRoute = (typeof PERMIT_ROUTES)[number];

export const PERMIT_CREATE_PERMISSION = "permit-create";

/**
 * Only Permit Create and Update are documented as needing `permit-create`; Delete changes a
 * permit just as much, so it asks for the same. Stats is read-only and undocumented: any
 * known token may read it.
 */
export const PERMISSION_BY_ROUTE: Record<PermitRoute, string | null> = {
  push: PERMIT_CREATE_PERMISSION,
  update: PERMIT_CREATE_PERMISSION,
  delete: PERMIT_CREATE_PERMISSION,
  stats: null,
};

export function isPermitRoute(value: unknown): value is PermitRoute {
  return PERMIT_ROUTES.some((route) => route === value);
}
