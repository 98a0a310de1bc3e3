import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { permitPath, SAMPLE_BODY } from "./testing/opscom-requests.ts";

const CLI = fileURLToPath(new URL("./cli.ts", import.meta.url));
const SECRET = "cli-Secret-Token-77";

let child: ChildProcess | undefined;

afterEach(() => {
  if (child?.exitCode === null) child.kill("SIGKILL");
});

function startCli(args: string[]) {
  const lines: string[] = [];
  child = spawn(process.execPath, ["--import", "tsx", CLI, ...args], { stdio: "pipe" });
  let pending = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    const text = pending + chunk.toString("utf8");
    const parts = text.split("\n");
    pending = parts.pop() ?? "";
    lines.push(...parts);
  });
  return { process: child, lines };
}

describe("npm run simulator", () => {
  it("logs one JSON line per request without the token, and stops cleanly on SIGTERM", async () => {
    const cli = startCli(["--port", "0", "--token", SECRET]);
    const listening = await vi.waitFor(
      () => {
        const line = cli.lines.find((text) => text.includes("listening"));
        if (line === undefined) throw new Error("not listening yet");
        return JSON.parse(line);
      },
      { timeout: 10_000, interval: 50 },
    );

    await fetch(`${listening.url}${permitPath("push")}`, {
      method: "POST",
      body: JSON.stringify({ ...SAMPLE_BODY, apiToken: SECRET }),
    });
    await vi.waitFor(() => expect(cli.lines).toHaveLength(2), { timeout: 5_000 });
    const exited = once(cli.process, "exit");
    cli.process.kill("SIGTERM");

    expect(await exited).toEqual([0, null]);
    expect(JSON.parse(cli.lines[1] ?? "")).toMatchObject({
      method: "POST",
      path: "/api/OC-TOMA/v1/permits/push",
      outcome: "success",
      referenceId: expect.any(String),
    });
    expect(cli.lines.join("\n")).not.toContain(SECRET);
  });

  it("exits with status 2 and a message naming the flag when a flag is bad", async () => {
    const cli = startCli(["--port", "not-a-port"]);
    let stderr = "";
    cli.process.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });

    const [code] = await once(cli.process, "exit");

    expect(code).toBe(2);
    expect(stderr).toContain('--port must be a port number from 0 to 65535, not "not-a-port".');
  });
});
