import type { ClientConfig, PermitRecord } from "@permit-desk/schema";
import type { ChangeDone } from "./change-done.ts";

/** What each change form is given: the permit, the site's settings, and where to go after. */
export type ChangeFormProps = {
  record: PermitRecord;
  config: ClientConfig;
  /** Whether the member can record what OPSCOM shows of a change it did not confirm. */
  canReconcile: boolean;
  onChanged: (done: ChangeDone) => void;
  onCancel: () => void;
};
