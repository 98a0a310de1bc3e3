// Each first screen's JavaScript, gzipped, against its budget: what index.html loads, and the
// lazily loaded page that screen shows, with everything those import. Read from the build's
// manifest (apps/web/dist/.vite/manifest.json), so run after `vite build`.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

export const BUDGET_KB = 100;
export const webDist = fileURLToPath(new URL("../apps/web/dist/", import.meta.url));

const ENTRY = "index.html";

/** The screens a member can open first, each by the lazily loaded page it needs to show. */
export const SCREENS = [
  { name: "Sign-in (signed out)", page: "src/features/auth/sign-in-page.tsx" },
  { name: "First run (signed out)", page: "src/features/auth/first-admin-page.tsx" },
  {
    name: "Issue permit (signed in)",
    page: "src/features/issue-permit/components/issue-permit-page.tsx",
  },
];

/**
 * The files a screen loads: the entry's chunk and the page's, and every chunk either imports
 * statically (which the browser must fetch before running them), each once.
 */
export function screenFiles(manifest, page) {
  const scripts = new Set();
  const styles = new Set();
  const seen = new Set();
  function visit(key) {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (chunk === undefined) throw new Error(`The build's manifest has no ${key}.`);
    if (chunk.file.endsWith(".js")) scripts.add(chunk.file);
    for (const css of chunk.css ?? []) styles.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  }
  visit(ENTRY);
  visit(page);
  return { scripts: [...scripts], styles: [...styles] };
}

export function gzippedKb(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length / 1024;
}

export function readManifest(dist = webDist) {
  const path = join(dist, ".vite", "manifest.json");
  if (!existsSync(path)) throw new Error(`No ${path}: build the web app first.`);
  return JSON.parse(readFileSync(path, "utf8"));
}

/** Gzipped KB of each screen's scripts and styles in a built web app folder. */
export function screenBundles(dist = webDist) {
  const manifest = readManifest(dist);
  const measure = (files) => ({
    files: files.length,
    kb: files.reduce((sum, file) => sum + gzippedKb(join(dist, file)), 0),
  });
  return SCREENS.map(({ name, page }) => {
    const { scripts, styles } = screenFiles(manifest, page);
    return { name, scripts: measure(scripts), styles: measure(styles) };
  });
}

function main() {
  let screens;
  try {
    screens = screenBundles();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  let over = false;
  for (const { name, scripts } of screens) {
    const within = scripts.kb <= BUDGET_KB;
    over ||= !within;
    console.log(
      `${name}: ${scripts.kb.toFixed(1)} KB of JavaScript gzipped (${scripts.files} files), ${within ? "within" : "OVER"} the ${BUDGET_KB} KB budget (${((scripts.kb / BUDGET_KB) * 100).toFixed(0)}%).`,
    );
  }
  if (over) process.exit(1);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
