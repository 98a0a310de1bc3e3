import { spawn } from "node:child_process";

export type CliRun = { code: number | null; stdout: string; stderr: string };

/**
 * Runs a command-line entry as `npm run …` would: its own Node process, standard input piped
 * (given, or closed), and none of this process's OPSCOM token, zones or database.
 */
export function runCliEntry(
  entry: string,
  args: string[],
  env: Record<string, string>,
  stdin = "",
): Promise<CliRun> {
  const { OPSCOM_API_TOKEN: _token, ZONES: _zones, DATABASE_URL: _url, ...inherited } = process.env;
  const child = spawn(process.execPath, ["--import", "tsx", entry, ...args], {
    env: { ...inherited, ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdin.end(stdin);
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, stdout, stderr })));
}
