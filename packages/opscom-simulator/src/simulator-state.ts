import type { StoredPermit } from "./permit-store.ts";
import type { LoggedRequest } from "./request-log.ts";

/** Read-only views of what the simulator holds; every call returns a fresh copy. */
export type SimulatorState = {
  permits(): StoredPermit[];
  permit(referenceId: string): StoredPermit | undefined;
  requests(): LoggedRequest[];
};
