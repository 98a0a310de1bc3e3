import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RawAnswer, rawGet } from "./testing/raw-http.ts";
import { listeningTestApp } from "./testing/test-app.ts";
import { serveWebApp } from "./web-assets.ts";

const viteConfig = fileURLToPath(new URL("../../../vite.config.ts", import.meta.url));
const TEXT_FILE = /\.(?:html|js|css|svg|json|webmanifest)$/;

describe("the built web app over HTTP", () => {
  let distDir = "";
  let port = 0;
  let textFiles: string[] = [];
  let close: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    distDir = await mkdtemp(join(tmpdir(), "permit-desk-web-"));
    await build({
      configFile: viteConfig,
      logLevel: "silent",
      build: { outDir: distDir, emptyOutDir: true },
    });
    const entries = await readdir(distDir, { withFileTypes: true, recursive: true });
    textFiles = entries
      .filter((entry) => entry.isFile() && TEXT_FILE.test(entry.name))
      .map((entry) => `/${relative(distDir, join(entry.parentPath, entry.name))}`)
      .filter((file) => !file.startsWith("/."));
    const bff = await listeningTestApp({
      baseUrl: "http://127.0.0.1:9",
      extend: (app) => serveWebApp(app, distDir),
    });
    port = bff.port;
    close = bff.close;
  }, 120_000);
  afterAll(async () => {
    await close();
    if (distDir !== "") await rm(distDir, { recursive: true, force: true });
  });

  const decoded = (answer: RawAnswer) => {
    const encoding = answer.headers["content-encoding"];
    if (encoding === "br") return brotliDecompressSync(answer.body);
    if (encoding === "gzip") return gunzipSync(answer.body);
    expect(encoding).toBeUndefined();
    return answer.body;
  };

  it("sends every text file as Brotli, gzip or itself, as the browser accepts, each to the same bytes", async () => {
    expect(textFiles.some((file) => file.endsWith(".js"))).toBe(true);
    expect(textFiles).toContain("/index.html");
    for (const file of textFiles) {
      const original = await readFile(join(distDir, file));
      const brotli = await rawGet(port, file, { "accept-encoding": "gzip, deflate, br, zstd" });
      const gzip = await rawGet(port, file, { "accept-encoding": "gzip, deflate" });
      const plain = await rawGet(port, file);
      // A file too small to gain from compression (a few dozen bytes) has no copies.
      const compresses = original.length >= 1024;
      if (compresses) {
        expect(brotli.headers["content-encoding"], file).toBe("br");
        expect(gzip.headers["content-encoding"], file).toBe("gzip");
        expect(brotli.body.length, file).toBeLessThan(gzip.body.length);
      }
      expect(plain.headers["content-encoding"], file).toBeUndefined();
      for (const answer of [brotli, gzip, plain]) {
        expect(answer.status, file).toBe(200);
        expect(decoded(answer).equals(original), file).toBe(true);
        expect(answer.headers["content-length"], file).toBe(String(answer.body.length));
        expect(answer.headers["content-type"], file).toBe(plain.headers["content-type"]);
        if (compresses) expect(answer.headers.vary, file).toMatch(/accept-encoding/i);
      }
    }
  });

  it("never compresses a file as it sends it: an Accept-Encoding that names no copy exactly gets the file itself, with its length", async () => {
    const script = textFiles.find((file) => file.endsWith(".js"));
    expect(script).toBeDefined();
    const original = await readFile(join(distDir, `${script}`));
    expect(original.byteLength).toBeGreaterThan(1024);
    for (const accepted of ["*", "gzip;q=0.8", "br;q=0.9, gzip;q=0.5", "BR, GZIP"]) {
      const answer = await rawGet(port, `${script}`, { "accept-encoding": accepted });
      expect(answer.status).toBe(200);
      expect(answer.headers["content-encoding"]).toBeUndefined();
      expect(answer.headers["content-length"]).toBe(String(original.byteLength));
      expect(answer.body.equals(original)).toBe(true);
    }
  });

  it("names each file's type whatever its encoding", async () => {
    const script = textFiles.find((file) => file.endsWith(".js")) ?? "";
    const style = textFiles.find((file) => file.endsWith(".css")) ?? "";
    for (const encoding of ["br", "gzip", "identity"]) {
      const headers = { "accept-encoding": encoding };
      expect((await rawGet(port, script, headers)).headers["content-type"]).toMatch(
        /^text\/javascript/,
      );
      expect((await rawGet(port, style, headers)).headers["content-type"]).toMatch(/^text\/css/);
      expect((await rawGet(port, "/", headers)).headers["content-type"]).toMatch(/^text\/html/);
    }
  });

  it("keeps hashed files cached for a year and the page itself revalidated, compressed or not", async () => {
    const script = textFiles.find((file) => file.startsWith("/assets/") && file.endsWith(".js"));
    for (const encoding of ["br", "gzip", "identity"]) {
      const headers = { "accept-encoding": encoding };
      expect((await rawGet(port, script ?? "", headers)).headers["cache-control"]).toBe(
        "public, max-age=31536000, immutable",
      );
      for (const page of ["/", "/index.html", "/permits/issue", "/history"]) {
        const answer = await rawGet(port, page, headers);
        expect(answer.status, page).toBe(200);
        expect(answer.headers["cache-control"], page).toBe("no-cache");
        expect(decoded(answer).toString("utf8"), page).toContain('<div id="root">');
      }
    }
  });

  it("keeps the build's own files to itself: its manifest names the source files", async () => {
    const manifest = await readFile(join(distDir, ".vite", "manifest.json"), "utf8");
    expect(manifest).toContain("src/");
    for (const path of [
      "/.vite/manifest.json",
      "/.vite/manifest.json.gz",
      "/assets/../.vite/",
      "/index.html.br",
      "/index.html.gz",
    ]) {
      const answer = await rawGet(port, path);
      expect(answer.status).toBe(404);
      expect(answer.body.toString()).not.toContain("src/");
    }
  });

  it("answers 404 for a script that is not there, such as an old build's, not with the page", async () => {
    const answer = await rawGet(port, "/assets/index-nothere.js");
    expect(answer.status).toBe(404);
    expect(answer.body.toString()).not.toContain("<!doctype html>");
  });

  it("leaves an API path to the API, which answers in JSON, not with the page", async () => {
    const answer = await rawGet(port, "/api/nothing-here", { "accept-encoding": "br, gzip" });
    expect(answer.status).toBe(401);
    expect(answer.headers["content-type"]).toMatch(/^application\/json/);
  });
});
