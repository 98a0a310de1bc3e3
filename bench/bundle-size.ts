// Each first screen's JavaScript and CSS, gzipped, against the 100 KB budget.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { BUDGET_KB, screenBundles, webDist } from "../scripts/check-bundle-size.mjs";

export function measureBundles() {
  if (!existsSync(join(webDist, ".vite", "manifest.json"))) {
    const build = spawnSync("npx", ["vite", "build"], {
      cwd: fileURLToPath(new URL("../", import.meta.url)),
      stdio: "inherit",
    });
    if (build.status !== 0) throw new Error("Building the web app failed.");
  }
  return { screens: screenBundles(), budgetKb: BUDGET_KB };
}
