// The web app's initial JavaScript — what index.html loads before any lazy page — gzipped,
// against its budget. Run after `vite build`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 100;
const dist = fileURLToPath(new URL("../apps/web/dist/", import.meta.url));

export function initialScripts(html) {
  const sources = [
    ...html.matchAll(
      /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g,
    ),
  ];
  return [...new Set(sources.map((match) => match[1]))];
}

export function gzippedKb(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length / 1024;
}

const html = readFileSync(join(dist, "index.html"), "utf8");
const scripts = initialScripts(html);
if (scripts.length === 0) {
  console.error("No script found in apps/web/dist/index.html: build the web app first.");
  process.exit(1);
}
const total = scripts.reduce((sum, src) => sum + gzippedKb(join(dist, src.replace(/^\//, ""))), 0);
const verdict = total <= BUDGET_KB ? "within" : "OVER";
console.log(
  `Initial JavaScript: ${total.toFixed(1)} KB gzipped (${scripts.length} file${scripts.length === 1 ? "" : "s"}), ${verdict} the ${BUDGET_KB} KB budget (${((total / BUDGET_KB) * 100).toFixed(0)}%).`,
);
if (total > BUDGET_KB) process.exit(1);
