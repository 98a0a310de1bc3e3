import { once } from "node:events";
import { type AddressInfo, connect, createServer, type Socket } from "node:net";
import { issueLoadPermit, startIssuingStack } from "./issue-load.ts";
import { sendOverHttp, signInAsStaff } from "./staff-session.ts";

const SSL_REQUEST = 80_877_103;
const GSS_REQUEST = 80_877_104;
/** 'Q' (a simple query) and 'S' (Sync, which ends an extended-protocol exchange). */
const WAITS_FOR_ANSWER = new Set([0x51, 0x53]);

/**
 * Counts the messages a client sends to PostgreSQL and then waits on, as it passes them on: each
 * simple query and each Sync is one round trip (a prepared statement's Parse, Bind, Execute and
 * Sync travel together). What a driver does is counted on the wire, not taken from the driver.
 */
function countedFrames(onRoundTrip: () => void) {
  let pending = Buffer.alloc(0);
  let started = false;
  return (chunk: Buffer) => {
    pending = Buffer.concat([pending, chunk]);
    for (;;) {
      if (!started) {
        // The start-up message has a length but no type byte.
        if (pending.length < 8) return;
        const length = pending.readInt32BE(0);
        if (pending.length < length) return;
        const code = pending.readInt32BE(4);
        if (code !== SSL_REQUEST && code !== GSS_REQUEST) started = true;
        pending = pending.subarray(length);
        continue;
      }
      if (pending.length < 5) return;
      const length = pending.readInt32BE(1);
      if (pending.length < length + 1) return;
      if (WAITS_FOR_ANSWER.has(pending[0] ?? 0)) onRoundTrip();
      pending = pending.subarray(length + 1);
    }
  };
}

/** A proxy in front of the PostgreSQL `postgresUrl` names, counting its clients' round trips. */
export async function startRoundTripCounter(postgresUrl: string) {
  const target = new URL(postgresUrl);
  let roundTrips = 0;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    const count = countedFrames(() => {
      roundTrips++;
    });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.on("data", (chunk: Buffer) => {
      count(chunk);
      upstream.write(chunk);
    });
    upstream.pipe(client);
    client.on("end", () => upstream.end());
    upstream.on("end", () => client.end());
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const proxied = new URL(postgresUrl);
  proxied.hostname = "127.0.0.1";
  proxied.port = String((server.address() as AddressInfo).port);
  return {
    url: proxied.toString(),
    roundTrips: () => roundTrips,
    async close() {
      for (const socket of sockets) socket.destroy();
      server.close();
      await once(server, "close");
    },
  };
}

/**
 * The real server on PostgreSQL, through the counting proxy, live against the simulator: one
 * clerk issues `permits` permits one after another, and each one's round trips are counted.
 * Anything else the server does meanwhile (renewing its lease) can only add to a count.
 */
export async function roundTripsPerPermit(postgresUrl: string, permits: number): Promise<number[]> {
  const counter = await startRoundTripCounter(postgresUrl);
  try {
    const stack = await startIssuingStack({ postgresUrl: counter.url });
    try {
      const staff = await signInAsStaff(sendOverHttp(stack.url));
      const counts: number[] = [];
      for (let permit = 0; permit < permits; permit++) {
        const before = counter.roundTrips();
        const response = await issueLoadPermit(stack.url, staff);
        await response.arrayBuffer();
        if (response.status !== 201) throw new Error(`Expected 201, got HTTP ${response.status}.`);
        counts.push(counter.roundTrips() - before);
      }
      return counts;
    } finally {
      await stack.stop();
    }
  } finally {
    await counter.close();
  }
}
