// Issuing one permit at a time while a client floods sign-in with 600 usernames over real HTTP,
// against the same clerk issuing on a quiet server: the flood must not starve issuing.
import autocannon from "autocannon";
import { issueLoadPermit, startIssuingStack } from "../apps/bff/src/testing/issue-load.ts";
import { sendOverHttp, signInAsStaff } from "../apps/bff/src/testing/staff-session.ts";
import { medianAndP99 } from "./stats.ts";

export type SignInFlood = {
  usernames: number;
  connections: number;
  /** Sign-in attempts a second, all clients together. */
  ratePerSecond: number;
  /** Each attempt from its own address, through a trusted proxy; else all from one. */
  spreadAddresses: boolean;
};

export type SignInFloodFigure = {
  quiet: ReturnType<typeof medianAndP99>;
  flooded: ReturnType<typeof medianAndP99>;
  floodSeconds: number;
  /** Sign-in answers by HTTP status: 401 checked and wrong, 429 refused unchecked, 503 busy. */
  statuses: Map<number, number>;
};

/** `n` as the address of the n-th attacker, 10.x.y.z. */
const addressOf = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;

export async function measureIssuingDuringSignInFlood(
  flood: SignInFlood,
  options: { quietSamples: number },
): Promise<SignInFloodFigure> {
  const stack = await startIssuingStack({ env: { TRUST_PROXY: "127.0.0.1" } });
  try {
    const staff = await signInAsStaff(sendOverHttp(stack.url));
    const issueOne = async () => {
      const started = performance.now();
      const response = await issueLoadPermit(stack.url, staff);
      await response.arrayBuffer();
      if (response.status !== 201) throw new Error(`Expected 201, got HTTP ${response.status}.`);
      return performance.now() - started;
    };
    for (let index = 0; index < 50; index++) await issueOne();
    // Half the quiet samples before the flood and half after, so a machine that gets busier or
    // quieter meanwhile does not pass for the flood's effect.
    const quiet: number[] = [];
    for (let index = 0; index < options.quietSamples / 2; index++) quiet.push(await issueOne());

    let sent = 0;
    const statuses = new Map<number, number>();
    const started = performance.now();
    const attack = autocannon({
      url: `${stack.url}/api/session`,
      connections: flood.connections,
      overallRate: flood.ratePerSecond,
      amount: flood.usernames,
      timeout: 30,
      method: "POST",
      headers: { "content-type": "application/json" },
      requests: [
        {
          setupRequest: (request) => {
            const n = sent++;
            return {
              ...request,
              headers: {
                ...request.headers,
                ...(flood.spreadAddresses && { "x-forwarded-for": addressOf(n) }),
              },
              body: JSON.stringify({ username: `guess${n}`, password: "a password guess" }),
            };
          },
          onResponse: (status) => {
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
          },
        },
      ],
    });
    let floodOver = false;
    const finished = attack.then(() => {
      floodOver = true;
    });
    const flooded: number[] = [];
    while (!floodOver) flooded.push(await issueOne());
    await finished;
    for (let index = 0; index < options.quietSamples / 2; index++) quiet.push(await issueOne());
    return {
      quiet: medianAndP99(quiet),
      flooded: medianAndP99(flooded),
      floodSeconds: (performance.now() - started) / 1000,
      statuses,
    };
  } finally {
    await stack.stop();
  }
}
