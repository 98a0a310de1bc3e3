import { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createSimulator, type Simulator } from "./create-simulator.ts";
import type { SimulatorOptions } from "./simulator-options.ts";

export type SimulatorServerOptions = SimulatorOptions & {
  /** 0 picks a free port; the real one is in the result. */
  port: number;
  host?: string;
};

export type SimulatorServer = {
  /** Base URL, e.g. `http://127.0.0.1:4010`; OPSCOM paths go after it. */
  url: string;
  port: number;
  simulator: Simulator;
  /** Releases held requests, closes every connection and stops listening; safe to call twice. */
  close(): Promise<void>;
};

export async function startSimulatorServer({
  port,
  host = "127.0.0.1",
  ...options
}: SimulatorServerOptions): Promise<SimulatorServer> {
  const simulator = createSimulator(options);
  const { server, address } = await listen(simulator, port, host);
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`,
    port: address.port,
    simulator,
    close: () => {
      closing ??= closeServer(server, simulator);
      return closing;
    },
  };
}

function listen(
  simulator: Simulator,
  port: number,
  host: string,
): Promise<{ server: Server; address: AddressInfo }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: simulator.app.fetch, port, hostname: host }, (address) =>
      resolve({ server: asHttpServer(server), address }),
    );
    server.once("error", reject);
  });
}

/** `serve` builds a plain HTTP/1.1 server unless told otherwise; this makes that certain. */
function asHttpServer(server: unknown): Server {
  if (!(server instanceof Server)) throw new TypeError("Expected an HTTP/1.1 server.");
  return server;
}

function closeServer(server: Server, simulator: Simulator): Promise<void> {
  simulator.releaseHeldRequests();
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
