import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";

/** A port free a moment ago, for a server a story starts and stops itself. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export type OwnServer = {
  url: string;
  /** Sends the process a signal, as a deploy or Ctrl+C would. */
  signal(signal: NodeJS.Signals): void;
  /** Resolves with the exit code once the process has ended by itself. */
  exited: Promise<number | null>;
  kill(): Promise<void>;
};

/**
 * The built server (`node apps/bff/dist/server.js`) in a process of its own, for stories about
 * stopping and starting it, which the shared e2e servers must not do.
 */
export async function startOwnServer(
  env: Record<string, string>,
  port: number,
): Promise<OwnServer> {
  const child: ChildProcess = spawn(process.execPath, ["apps/bff/dist/server.js"], {
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited early (${child.exitCode}).`);
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error("The server did not answer within 20 s.");
    }
    const healthy = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    signal: (signal) => child.kill(signal),
    exited,
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGKILL");
      await exited;
    },
  };
}
