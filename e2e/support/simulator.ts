import type { APIRequestContext } from "@playwright/test";
import { SIMULATOR_URL } from "./ports.ts";

export type ReceivedRequest = { path: string; body: Record<string, unknown> };

/** What the e2e OPSCOM simulator has received so far, oldest first. */
export async function receivedRequests(request: APIRequestContext): Promise<ReceivedRequest[]> {
  const response = await request.get(`${SIMULATOR_URL}/__simulator/requests`);
  const { requests } = (await response.json()) as { requests: ReceivedRequest[] };
  return requests;
}

export async function resetSimulator(request: APIRequestContext) {
  await request.post(`${SIMULATOR_URL}/__simulator/reset`);
}

export async function misbehave(request: APIRequestContext, behaviour: Record<string, unknown>) {
  const response = await request.post(`${SIMULATOR_URL}/__simulator/behaviour`, {
    data: behaviour,
  });
  if (!response.ok())
    throw new Error(`The simulator refused ${JSON.stringify(behaviour)}: ${await response.text()}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** What staff would find when they look a plate up in OPSCOM: the references of its permits. */
export async function opscomReferencesFor(
  request: APIRequestContext,
  plate: string,
): Promise<string[]> {
  const response = await request.get(`${SIMULATOR_URL}/__simulator/permits`);
  const listing: unknown = await response.json();
  const permits = isRecord(listing) && Array.isArray(listing.permits) ? listing.permits : [];
  return permits.flatMap((permit: unknown) =>
    isRecord(permit) &&
    typeof permit.referenceId === "string" &&
    isRecord(permit.body) &&
    permit.body.LicencePlate === plate
      ? [permit.referenceId]
      : [],
  );
}
