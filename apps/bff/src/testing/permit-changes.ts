import { startSimulatorServer } from "@permit-desk/opscom-simulator";
import { issuedPermitSchema, type PermitChangeInput } from "@permit-desk/schema";
import { afterAll, beforeAll, beforeEach } from "vitest";
import type { DatabaseDialect } from "../db/database.ts";
import { manualClock } from "./manual-clock.ts";
import {
  postPermit,
  type StaffOptions,
  TEST_TOKEN,
  type TestClient,
  testApp,
  validDraft,
} from "./test-app.ts";

/** 09:05 in Toronto, five minutes into validDraft's 09:00–17:00. */
export const FIVE_PAST_START = "2026-07-02T13:05:00.000Z";

/** POSTs a change of a permit as the web client does: JSON, with a fresh key unless one is given. */
export function postChange(
  client: TestClient,
  permitId: string,
  body: PermitChangeInput | Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  return client.request(`/api/permits/${encodeURIComponent(permitId)}/changes`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      "Idempotency-Key": crypto.randomUUID(),
      ...headers,
    },
    body: JSON.stringify(body),
  });
}

/** One simulator over real HTTP for a test file, forgotten before each test. */
export function simulatorPerFile() {
  let server: Awaited<ReturnType<typeof startSimulatorServer>> | undefined;
  beforeAll(async () => {
    server = await startSimulatorServer({ port: 0, tokens: [TEST_TOKEN] });
  });
  beforeEach(() => {
    server?.simulator.reset();
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => {
    if (server === undefined) throw new Error("The simulator starts before the tests.");
    return server;
  };
}

/**
 * The app against the simulator on a clock the test moves, with a way to make members and to
 * issue a permit as one of them (validDraft, Lot 4, unless told otherwise).
 */
export async function changeSite(
  simulatorUrl: string,
  options: { env?: Record<string, string>; dialect?: DatabaseDialect; now?: string } = {},
) {
  const time = manualClock(options.now ?? FIVE_PAST_START);
  const context = await testApp({
    baseUrl: simulatorUrl,
    clock: time.clock,
    env: options.env ?? {},
    ...(options.dialect !== undefined && { dialect: options.dialect }),
  });
  const member = async (staff: StaffOptions) => context.as(await context.staffCookie(staff));
  const issue = async (client: TestClient, draft: Partial<typeof validDraft> = {}) => {
    const response = await postPermit(client, { ...validDraft, ...draft });
    if (response.status !== 201) throw new Error(`Not issued: ${response.status}`);
    return issuedPermitSchema.parse(await response.json());
  };
  return { ...context, time, member, issue };
}
