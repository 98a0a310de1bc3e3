// Time from starting the built server to its first answered request, as `npm start` runs it.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { closedPort } from "../apps/bff/src/testing/recording-server.ts";
import { medianAndP99 } from "./stats.ts";

const root = fileURLToPath(new URL("../", import.meta.url));
const serverEntry = join(root, "apps/bff/dist/server.js");

function ensureBuilt() {
  if (existsSync(serverEntry)) return;
  const build = spawnSync("npm", ["run", "build", "--workspace", "@permit-desk/bff"], {
    cwd: root,
    stdio: "inherit",
  });
  if (build.status !== 0) throw new Error("Building the server failed.");
}

async function firstAnswerMs(dir: string, run: number): Promise<number> {
  const port = await closedPort();
  const { OPSCOM_API_TOKEN: _live, DATABASE_URL: _database, ...env } = process.env;
  const started = performance.now();
  const child = spawn(process.execPath, [serverEntry], {
    cwd: root,
    env: {
      ...env,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      DATABASE_URL: join(dir, `startup-${run}.sqlite`),
    },
    stdio: "ignore",
  });
  try {
    while (performance.now() - started < 30_000) {
      if (child.exitCode !== null) throw new Error("The server exited before answering.");
      try {
        if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok)
          return performance.now() - started;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error("The server did not answer within 30 s.");
  } finally {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
  }
}

export async function measureStartup(options: { runs: number }) {
  ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), "permit-desk-startup-"));
  try {
    const durations: number[] = [];
    for (let run = 0; run < options.runs; run++) durations.push(await firstAnswerMs(dir, run));
    return { ...medianAndP99(durations), runs: options.runs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
