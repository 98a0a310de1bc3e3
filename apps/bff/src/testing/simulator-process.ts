import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import * as z from "zod/mini";

const entry = fileURLToPath(new URL("./simulator-main.ts", import.meta.url));
const startedSchema = z.object({ url: z.url() });
const permitsSchema = z.object({ permits: z.array(z.unknown()) });

export type SimulatorProcess = {
  url: string;
  /** How many permits the simulator holds, read over its control routes. */
  permitCount(): Promise<number>;
  stop(): Promise<void>;
};

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    if (child.stdout === null) throw new Error("The simulator has no output to read.");
    const lines = createInterface({ input: child.stdout });
    lines.once("line", (line) => {
      lines.close();
      resolve(line);
    });
    child.once("exit", (code) => reject(new Error(`The simulator exited early (${code}).`)));
  });
}

/**
 * The simulator in a process of its own, as OPSCOM is a service of its own: a client calling
 * it directly then crosses processes as the BFF does, and neither shares a CPU with the other.
 */
export async function startSimulatorProcess(tokens: string[]): Promise<SimulatorProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", entry, ...tokens], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const { url } = startedSchema.parse(JSON.parse(await firstLine(child)));
  return {
    url,
    async permitCount() {
      const response = await fetch(`${url}/__simulator/permits`);
      return permitsSchema.parse(await response.json()).permits.length;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
