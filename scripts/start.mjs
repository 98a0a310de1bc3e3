// `npm start`: install what is missing, build what is stale, then serve the app on one port.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path)
    .filter((name) => name !== "node_modules" && name !== "dist")
    .reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), 0);
}

run("node", ["scripts/ensure-install.mjs"]);

const sources = ["apps/web", "apps/bff/src", "packages", "vite.config.ts", "package-lock.json"];
const outputs = ["apps/web/dist/index.html", "apps/bff/dist/server.js"];
const builtAt = Math.min(
  ...outputs.map((file) => (existsSync(join(root, file)) ? statSync(join(root, file)).mtimeMs : 0)),
);
const changedAt = Math.max(...sources.map((source) => newestMtime(join(root, source))));
if (builtAt < changedAt) {
  console.log("Building…");
  run("npm", ["run", "build"]);
}

process.setSourceMapsEnabled(true);
await import("../apps/bff/dist/server.js");
