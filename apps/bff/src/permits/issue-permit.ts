import { draftToWire, type PermitDraft, type TimeBasis } from "@permit-desk/schema";
import type { OpscomClient } from "../opscom/client.ts";
import type { OpscomOutcome } from "../opscom/outcome.ts";

export type IssueSettings = {
  apiToken: string;
  timeBasis: TimeBasis;
  siteTimeZone: string;
  defaultCurrency: string;
};

export type IssueResult = {
  outcome: OpscomOutcome;
  /** The body as sent, without the token: what the journal and logs may keep. */
  sentBody: Record<string, unknown>;
};

export async function issuePermit(
  draft: PermitDraft,
  settings: IssueSettings,
  opscom: OpscomClient,
): Promise<IssueResult> {
  const wire = draftToWire(draft, settings);
  const { apiToken: _token, ...sentBody } = wire;
  const outcome = await opscom.createPermit(wire);
  return { outcome, sentBody };
}
