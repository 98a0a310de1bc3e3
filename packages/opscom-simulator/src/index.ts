export {
  BEHAVIOUR_MODES,
  type Behaviour,
  type BehaviourInput,
  type BehaviourMode,
  type Misbehaviour,
  parseBehaviour,
} from "./behaviour.ts";
export { createSimulator, type Simulator } from "./create-simulator.ts";
export { SimulatedNetworkError } from "./node-connection.ts";
export type { OpscomAnswer } from "./opscom-answer.ts";
export { PERMIT_ROUTES, type PermitRoute } from "./permit-route.ts";
export type {
  PermitBody,
  PermitUpdate,
  PermitValuesBefore,
  StoredPermit,
} from "./permit-store.ts";
export type { LoggedRequest } from "./request-log.ts";
export type { SimulatorOptions } from "./simulator-options.ts";
export type { SimulatorState } from "./simulator-state.ts";
export {
  type SimulatorServer,
  type SimulatorServerOptions,
  startSimulatorServer,
} from "./start-simulator-server.ts";
export { ALL_PERMISSIONS, DEMO_TOKEN, type TokenConfig } from "./token-registry.ts";
