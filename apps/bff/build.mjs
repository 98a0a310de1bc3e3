// Bundles the BFF and the workspace packages it uses (TypeScript sources) into one ES module;
// registry packages stay external and load from node_modules.
import { readFileSync } from "node:fs";
import { build } from "esbuild";

const manifests = [
  "package.json",
  "../../packages/schema/package.json",
  "../../packages/opscom-simulator/package.json",
];
const external = manifests
  .flatMap((file) =>
    Object.keys(JSON.parse(readFileSync(new URL(file, import.meta.url))).dependencies ?? {}),
  )
  .filter((name) => !name.startsWith("@permit-desk/"))
  .flatMap((name) => [name, `${name}/*`]);

await build({
  entryPoints: ["src/server.ts"],
  outfile: "dist/server.js",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  external,
  logLevel: "warning",
});
