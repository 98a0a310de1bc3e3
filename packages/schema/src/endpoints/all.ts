import * as accountEndpoints from "./accounts.ts";
import * as auditEndpoints from "./audit.ts";
import * as batchEndpoints from "./batches.ts";
import * as dayEndpoints from "./day.ts";
import type { Endpoint } from "./endpoint.ts";
import * as permitEndpoints from "./permits.ts";
import * as plateEndpoints from "./plates.ts";
import * as serviceEndpoints from "./service.ts";
import * as sessionEndpoints from "./session.ts";
import * as setupEndpoints from "./setup.ts";
import * as statusEndpoints from "./status.ts";
import * as templateEndpoints from "./templates.ts";
import * as zoneEndpoints from "./zones.ts";

/** Every endpoint of the HTTP API by area, each area a module the web imports on its own. */
export const API_AREAS = {
  service: serviceEndpoints,
  setup: setupEndpoints,
  session: sessionEndpoints,
  users: accountEndpoints,
  zones: zoneEndpoints,
  templates: templateEndpoints,
  audit: auditEndpoints,
  permits: permitEndpoints,
  plates: plateEndpoints,
  status: statusEndpoints,
  batches: batchEndpoints,
  day: dayEndpoints,
} satisfies Record<string, Record<string, Endpoint>>;

/** Every endpoint, named `area.name` as the OpenAPI document's operation ids are. */
export function allEndpoints(): Array<{ id: string; endpoint: Endpoint }> {
  return Object.entries(API_AREAS).flatMap(([area, endpoints]) =>
    Object.entries(endpoints).map(([name, endpoint]: [string, Endpoint]) => ({
      id: `${area}.${name}`,
      endpoint,
    })),
  );
}
