import type { OpscomEndpoint } from "@permit-desk/schema";
import type { Clock } from "../clock.ts";
import type { Config } from "../config.ts";
import type { OpscomClient } from "../opscom/client.ts";
import type { ChangeOutcome, OpscomOutcome } from "../opscom/outcome.ts";
import { type AwaitingFinding, createMetrics, type Metrics } from "./metrics.ts";
import { createOpscomHealthMonitor, type OpscomHealthMonitor } from "./opscom-health.ts";

/**
 * The OPSCOM client, each call timed for `/metrics` and its outcome given to the health
 * monitor: in demo mode as in live, since both call over HTTP.
 */
export function watchOpscom(
  client: OpscomClient,
  watchers: { metrics: Pick<Metrics, "opscomCallStarted">; health: OpscomHealthMonitor },
): OpscomClient {
  const watched = async <Outcome extends OpscomOutcome | ChangeOutcome>(
    endpoint: OpscomEndpoint,
    call: () => Promise<Outcome>,
  ): Promise<Outcome> => {
    const ended = watchers.metrics.opscomCallStarted(endpoint);
    let outcome: Outcome;
    try {
      outcome = await call();
    } catch (error) {
      ended(undefined);
      throw error;
    }
    ended(outcome);
    watchers.health.record(endpoint, outcome);
    return outcome;
  };
  return {
    createPermit: (body) => watched("push", () => client.createPermit(body)),
    updatePermit: (body) => watched("update", () => client.updatePermit(body)),
    deletePermit: (body) => watched("delete", () => client.deletePermit(body)),
    // A read: it says nothing of whether permits reach OPSCOM, so it is not counted among writes.
    permitStats: (body) => client.permitStats(body),
  };
}

/**
 * What operators watch, built one way for the server and for tests: OPSCOM's health by the
 * configured rule, the metrics, and the client that reports each call to both.
 */
export function watchOperations(deps: {
  config: Pick<Config, "opscomHealth">;
  clock: Clock;
  awaitingFinding: () => Promise<AwaitingFinding>;
  opscom: OpscomClient;
}) {
  const opscomHealth = createOpscomHealthMonitor(deps.config.opscomHealth, deps.clock);
  const metrics = createMetrics({ opscomHealth, awaitingFinding: deps.awaitingFinding });
  return {
    opscomHealth,
    metrics,
    opscom: watchOpscom(deps.opscom, { metrics, health: opscomHealth }),
  };
}
