// The web app's initial JavaScript — what index.html loads before any lazy page — gzipped,
// against its budget. Run after `vite build`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

export const BUDGET_KB = 100;
export const webDist = fileURLToPath(new URL("../apps/web/dist/", import.meta.url));

export function initialScripts(html) {
  const sources = [
    ...html.matchAll(
      /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g,
    ),
  ];
  return [...new Set(sources.map((match) => match[1]))];
}

export function initialStyles(html) {
  const sources = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*\shref="([^"]+\.css)"/g)];
  return [...new Set(sources.map((match) => match[1]))];
}

export function gzippedKb(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length / 1024;
}

/** Gzipped KB of the files index.html loads first, by kind, in a built web app folder. */
export function initialBundle(dist = webDist) {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const measure = (sources) => ({
    files: sources.length,
    kb: sources.reduce((sum, src) => sum + gzippedKb(join(dist, src.replace(/^\//, ""))), 0),
  });
  return { scripts: measure(initialScripts(html)), styles: measure(initialStyles(html)) };
}

function main() {
  const { scripts } = initialBundle();
  if (scripts.files === 0) {
    console.error("No script found in apps/web/dist/index.html: build the web app first.");
    process.exit(1);
  }
  const total = scripts.kb;
  const verdict = total <= BUDGET_KB ? "within" : "OVER";
  console.log(
    `Initial JavaScript: ${total.toFixed(1)} KB gzipped (${scripts.files} file${scripts.files === 1 ? "" : "s"}), ${verdict} the ${BUDGET_KB} KB budget (${((total / BUDGET_KB) * 100).toFixed(0)}%).`,
  );
  if (total > BUDGET_KB) process.exit(1);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
