// One clerk issuing permits one after another: through the BFF (journalled, SQLite) and straight
// to the simulator, on loopback. The difference is the BFF's own share of a permit's latency.
import { draftToWire, permitDraftSchema } from "@permit-desk/schema";
import {
  issueLoadPermit,
  LOAD_TOKEN,
  loadDraft,
  startIssuingStack,
} from "../apps/bff/src/testing/issue-load.ts";
import { sendOverHttp, signInAsStaff } from "../apps/bff/src/testing/staff-session.ts";
import { medianAndP99 } from "./stats.ts";

async function timed(samples: number, request: () => Promise<Response>): Promise<number[]> {
  const durations: number[] = [];
  for (let index = 0; index < samples; index++) {
    const started = performance.now();
    const response = await request();
    await response.arrayBuffer();
    durations.push(performance.now() - started);
    if (!response.ok) throw new Error(`Expected a success, got HTTP ${response.status}.`);
  }
  return durations;
}

export async function measureIssueLatency(options: { samples: number; warmUp: number }) {
  const stack = await startIssuingStack();
  try {
    const wire = JSON.stringify(
      draftToWire(permitDraftSchema.parse(loadDraft), {
        apiToken: LOAD_TOKEN,
        timeBasis: "utc",
        siteTimeZone: "America/Toronto",
        defaultCurrency: "CAD",
      }),
    );
    const direct = () =>
      fetch(`${stack.simulatorUrl}/api/OC-TOMA/v1/permits/push`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: wire,
      });
    const staff = await signInAsStaff(sendOverHttp(stack.url));
    const throughBff = () => issueLoadPermit(stack.url, staff);
    await timed(options.warmUp, direct);
    await timed(options.warmUp, throughBff);
    const directMs: number[] = [];
    const bffMs: number[] = [];
    // Interleaved in rounds, so that neither side gets the quieter moments of the machine.
    for (let round = 0; round < 5; round++) {
      directMs.push(...(await timed(options.samples / 5, direct)));
      bffMs.push(...(await timed(options.samples / 5, throughBff)));
    }
    return { direct: medianAndP99(directMs), bff: medianAndP99(bffMs), samples: options.samples };
  } finally {
    await stack.stop();
  }
}
