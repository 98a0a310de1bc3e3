import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Context, Hono } from "hono";

/** Where `vite build` leaves the web app, seen from both src/ (tsx) and dist/ (bundle). */
export function defaultWebDistDir(): string {
  return fileURLToPath(new URL("../../web/dist", import.meta.url));
}

const IMMUTABLE = "public, max-age=31536000, immutable";

/**
 * The build writes a Brotli (.br) and a gzip (.gz) copy beside each text file that compresses;
 * `precompressed` serves the first the request accepts (br, then gzip), else the file itself.
 * Every answer that could have been another encoding says so with `Vary: Accept-Encoding`.
 */
function found(
  withCopies: ReadonlySet<string>,
  cacheControl: string | ((path: string) => string | undefined),
) {
  return (path: string, c: Context) => {
    const sent = path.replace(/\.(?:br|gz)$/, "");
    const policy = typeof cacheControl === "string" ? cacheControl : cacheControl(sent);
    if (policy !== undefined) c.header("Cache-Control", policy);
    const varies = sent !== path || withCopies.has(sent);
    if (varies && c.res.headers.get("Vary") === null) c.header("Vary", "Accept-Encoding");
  };
}

/** Serves the built web app from the same origin as the API, with index.html for client routes. */
export function serveWebApp(app: Hono, distDir: string): boolean {
  const indexPath = join(distDir, "index.html");
  if (!existsSync(indexPath)) return false;
  const indexPolicy = (path: string) => (path === indexPath ? "no-cache" : undefined);
  // The files with compressed copies, read once: the build does not change while it is served.
  const withCopies = new Set(
    readdirSync(distDir, { recursive: true, encoding: "utf8" })
      .filter((name) => /\.(?:br|gz)$/.test(name))
      .map((name) => join(distDir, name.replace(/\.(?:br|gz)$/, ""))),
  );
  // The build's own files (`.vite/manifest.json`, which names the source files) are not the app's.
  app.use("*", async (c, next) => {
    if (c.req.path.split("/").some((segment) => segment.startsWith("."))) return c.notFound();
    // The compressed copies are served in place of their file, never by their own name.
    if (/\.(?:br|gz)$/.test(c.req.path)) return c.notFound();
    return next();
  });
  app.use(
    "/assets/*",
    serveStatic({ root: distDir, precompressed: true, onFound: found(withCopies, IMMUTABLE) }),
  );
  app.use(
    "*",
    serveStatic({ root: distDir, precompressed: true, onFound: found(withCopies, indexPolicy) }),
  );
  const clientRoute = serveStatic({
    root: distDir,
    path: "index.html",
    precompressed: true,
    onFound: found(withCopies, "no-cache"),
  });
  app.get("*", async (c, next) => {
    // A file that is not there, such as an old build's chunk, is missing, not the app's page.
    if (c.req.path.startsWith("/api/") || c.req.path.startsWith("/assets/")) return c.notFound();
    return (await clientRoute(c, next)) ?? c.notFound();
  });
  return true;
}
