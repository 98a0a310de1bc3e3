import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const serverEntry = fileURLToPath(new URL("../server.ts", import.meta.url));

/** A `preload` for `startBffProcess` that runs the server's clock `aheadMs` ahead of this one. */
export function clockAhead(aheadMs: number): string {
  const url = new URL("./clock-ahead.ts", import.meta.url);
  url.search = `aheadMs=${aheadMs}`;
  return url.toString();
}

export type BffProcess = { url: string; child: ChildProcess; output: () => string };

/**
 * Starts the real server in its own process, as an operator would, and waits until it answers.
 * `preload` names modules Node imports first (see `clock-ahead.ts`).
 */
export async function startBffProcess(
  env: Record<string, string>,
  port: number,
  options: { preload?: string[] } = {},
): Promise<BffProcess> {
  const preload = (options.preload ?? []).flatMap((module) => ["--import", module]);
  const child = spawn(process.execPath, ["--import", "tsx", ...preload, serverEntry], {
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited early:\n${output}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { url, child, output: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill("SIGKILL");
  throw new Error(`The server did not answer within 20 s:\n${output}`);
}

/** SIGKILL: no shutdown handler runs, as when a machine loses power or a container is killed. */
export async function killHard(bff: BffProcess): Promise<void> {
  if (bff.child.exitCode !== null || bff.child.signalCode !== null) return;
  const exited = new Promise((resolve) => bff.child.once("exit", resolve));
  bff.child.kill("SIGKILL");
  await exited;
}

/** How the server's process ended, once it has: its exit code, or the signal that killed it. */
export function exitOf(bff: BffProcess): Promise<{ code: number | null; signal: string | null }> {
  const { child } = bff;
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
}

/** Starts the server and waits for it to stop on its own; for start-ups that must fail. */
export async function runUntilExit(env: Record<string, string>, port: number) {
  const child = spawn(process.execPath, ["--import", "tsx", serverEntry], {
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { code, output };
}
