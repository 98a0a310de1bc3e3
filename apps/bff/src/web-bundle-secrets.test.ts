import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { afterAll, describe, expect, it } from "vitest";

const SECRET = "opscom-token-Qx81-never-bundle";
const viteConfig = fileURLToPath(new URL("../../../vite.config.ts", import.meta.url));

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe("the built web app", () => {
  let outDir = "";
  afterAll(async () => {
    if (outDir !== "") await rm(outDir, { recursive: true, force: true });
  });

  it("carries no OPSCOM token, even when the build runs with one in its environment", async () => {
    outDir = await mkdtemp(join(tmpdir(), "permit-desk-web-"));
    const saved = { token: process.env.OPSCOM_API_TOKEN };
    process.env.OPSCOM_API_TOKEN = SECRET;
    try {
      await build({
        configFile: viteConfig,
        logLevel: "silent",
        build: { outDir, emptyOutDir: true },
      });
    } finally {
      process.env.OPSCOM_API_TOKEN = saved.token;
      if (saved.token === undefined) delete process.env.OPSCOM_API_TOKEN;
    }

    const files = await filesUnder(outDir);
    expect(files.some((file) => file.endsWith(".js"))).toBe(true);
    for (const file of files) {
      expect(await readFile(file, "utf8"), file).not.toContain(SECRET);
    }
  }, 60_000);
});
