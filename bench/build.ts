// The bench measures what the source builds now: the web app (with its compressed copies) and
// the server, both rebuilt first, as `npm run build` does.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export function buildEverything() {
  const build = spawnSync("npm", ["run", "build", "--silent"], {
    cwd: fileURLToPath(new URL("../", import.meta.url)),
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
  });
  if (build.status !== 0) {
    process.stderr.write(`${build.stdout}${build.stderr}`);
    throw new Error("`npm run build` failed.");
  }
}
