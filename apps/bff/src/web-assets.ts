import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Hono } from "hono";

/** Where `vite build` leaves the web app, seen from both src/ (tsx) and dist/ (bundle). */
export function defaultWebDistDir(): string {
  return fileURLToPath(new URL("../../web/dist", import.meta.url));
}

/** Serves the built web app from the same origin as the API, with index.html for client routes. */
export function serveWebApp(app: Hono, distDir: string): boolean {
  const indexPath = join(distDir, "index.html");
  if (!existsSync(indexPath)) return false;
  app.use(
    "/assets/*",
    serveStatic({
      root: distDir,
      onFound: (_path, c) => c.header("Cache-Control", "public, max-age=31536000, immutable"),
    }),
  );
  app.use("*", serveStatic({ root: distDir }));
  app.get("*", async (c) => {
    if (c.req.path.startsWith("/api/")) return c.notFound();
    c.header("Cache-Control", "no-cache");
    return c.html(await readFile(indexPath, "utf8"));
  });
  return true;
}
