// What crosses the wire, compressed, against a running server: every text file of the built web
// app asked for as a browser asks (br, gzip, deflate, zstd), the main script in each encoding,
// and JSON and CSV answers over and under 1 KB. Sizes are bytes: no noise moves them.
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { issueLoadPermit } from "../apps/bff/src/testing/issue-load.ts";
import { rawGet } from "../apps/bff/src/testing/raw-http.ts";
import { readManifest, webDist } from "../scripts/check-bundle-size.mjs";

const BROWSER = "gzip, deflate, br, zstd";
const TEXT_FILE = /\.(?:html|js|mjs|css|svg|json|webmanifest|txt|xml)$/;
const THRESHOLD_BYTES = 1024;

export type Sizes = { plain: number; br: number | undefined; gzip: number | undefined };

export type CompressionFigure = {
  /** Text files of 1 KB or more, and how many of them a browser received compressed. */
  textFiles: number;
  textFilesCompressed: number;
  uncompressedFiles: string[];
  mainScript: Sizes & { path: string };
  /** The permit history (JSON) and its CSV export, well over 1 KB, and a small JSON answer. */
  history: Sizes;
  exportCsv: Sizes;
  /** An answer under 1 KB must go as it is. */
  smallAnswer: { plain: number; encoding: string | undefined };
  /** The answer to issuing one permit, which every permit costs (compressed only from 1 KB). */
  issueAnswer: { plain: number; encoding: string | undefined };
};

function textFilesOf(dir: string): string[] {
  return (
    readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((name) => TEXT_FILE.test(name))
      // The build's own files (`.vite/manifest.json`) are not served at all.
      .filter((name) => !name.startsWith("."))
      .filter((name) => statSync(join(dir, name)).size >= THRESHOLD_BYTES)
      .map((name) => `/${relative(dir, join(dir, name)).replaceAll("\\", "/")}`)
  );
}

export async function measureCompression(
  url: string,
  staff: Record<string, string>,
): Promise<CompressionFigure> {
  const port = Number(new URL(url).port);
  const get = (path: string, acceptEncoding: string | undefined, headers = {}) =>
    rawGet(port, path, {
      ...headers,
      ...(acceptEncoding !== undefined && { "accept-encoding": acceptEncoding }),
    });
  const encodingOf = (answer: { headers: Record<string, unknown> }) => {
    const value = answer.headers["content-encoding"];
    return typeof value === "string" ? value : undefined;
  };
  async function sizes(path: string, headers = {}): Promise<Sizes> {
    const plain = await get(path, undefined, headers);
    const br = await get(path, "br", headers);
    const gzip = await get(path, "gzip", headers);
    return {
      plain: plain.body.length,
      br: encodingOf(br) === "br" ? br.body.length : undefined,
      gzip: encodingOf(gzip) === "gzip" ? gzip.body.length : undefined,
    };
  }

  const files = textFilesOf(webDist);
  const uncompressedFiles: string[] = [];
  for (const file of files) {
    const answer = await get(file, BROWSER);
    if (answer.status !== 200 || encodingOf(answer) === undefined) uncompressedFiles.push(file);
  }
  const mainPath = `/${readManifest()["index.html"]?.file ?? ""}`;

  // Enough permits for the history's first page and the export to pass 1 KB many times over.
  for (let index = 0; index < 30; index++) {
    const issued = await issueLoadPermit(url, staff);
    await issued.arrayBuffer();
    if (issued.status !== 201) throw new Error(`Issuing failed: ${issued.status}`);
  }
  // As a browser asks: fetch decodes the body, and the header says how it travelled.
  const issued = await issueLoadPermit(url, { ...staff, "Accept-Encoding": BROWSER });
  const issuedBytes = (await issued.arrayBuffer()).byteLength;
  const small = await get("/api/config", BROWSER, staff);
  return {
    textFiles: files.length,
    textFilesCompressed: files.length - uncompressedFiles.length,
    uncompressedFiles,
    mainScript: { path: mainPath, ...(await sizes(mainPath)) },
    history: await sizes("/api/permits?limit=50", staff),
    exportCsv: await sizes("/api/permits/export.csv", staff),
    smallAnswer: { plain: small.body.length, encoding: encodingOf(small) },
    issueAnswer: {
      plain: issuedBytes,
      encoding: issued.headers.get("content-encoding") ?? undefined,
    },
  };
}
