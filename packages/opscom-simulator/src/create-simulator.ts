import { Hono } from "hono";
import {
  type Behaviour,
  type BehaviourInput,
  NORMAL_BEHAVIOUR,
  parseBehaviour,
} from "./behaviour.ts";
import { createBehaviourSwitch } from "./behaviour-switch.ts";
import { controlRoutes } from "./control-routes.ts";
import { createHeldRequests } from "./held-requests.ts";
import { SimulatedNetworkError } from "./node-connection.ts";
import { permitRoutes } from "./permit-routes.ts";
import { createPermitStore } from "./permit-store.ts";
import { createRequestLog } from "./request-log.ts";
import { resolveOptions, type SimulatorOptions } from "./simulator-options.ts";
import type { SimulatorState } from "./simulator-state.ts";
import { createTokenRegistry } from "./token-registry.ts";

export type Simulator = {
  /** The simulated OPSCOM Controller API, plus `/__simulator` controls. */
  app: Hono;
  state: SimulatorState;
  behaviour(): Behaviour;
  /** Sets how the permits routes behave from the next request on; throws on a bad setting. */
  setBehaviour(input: BehaviourInput | Behaviour): Behaviour;
  /** Forgets permits and requests, returns to normal behaviour and releases held requests. */
  reset(): void;
  /** Closes the connections of requests kept waiting by `slow` or `hang`. */
  releaseHeldRequests(): void;
  heldRequestCount(): number;
};

export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const resolved = resolveOptions(options);
  const tokens = createTokenRegistry(resolved.tokens);
  const store = createPermitStore(resolved);
  const log = createRequestLog({
    limit: resolved.requestLogLimit,
    secrets: tokens.secrets,
    onRequest: resolved.onRequest,
  });
  const behaviour = createBehaviourSwitch();
  const held = createHeldRequests();
  const state: SimulatorState = { permits: store.list, permit: store.get, requests: log.list };

  const reset = () => {
    store.clear();
    log.clear();
    behaviour.set(NORMAL_BEHAVIOUR);
    held.releaseAll();
  };
  const controls = { state, behaviour: behaviour.current, applyBehaviour: behaviour.set, reset };

  const app = new Hono();
  app.route("/", permitRoutes({ options: resolved, store, tokens, log, behaviour, held }));
  app.route("/__simulator", controlRoutes(controls));
  app.onError((error, c) => {
    if (error instanceof SimulatedNetworkError) throw error;
    console.error(error);
    return c.text("Internal Server Error", 500);
  });

  return {
    app,
    state,
    behaviour: behaviour.current,
    setBehaviour(input) {
      behaviour.set(parseBehaviourOrThrow(input));
      return behaviour.current();
    },
    reset,
    releaseHeldRequests: held.releaseAll,
    heldRequestCount: held.count,
  };
}

function parseBehaviourOrThrow(input: BehaviourInput | Behaviour): Behaviour {
  const parsed = parseBehaviour(input);
  if (!parsed.ok) throw new RangeError(parsed.error);
  return parsed.behaviour;
}
