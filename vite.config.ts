import { fileURLToPath } from "node:url";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { compression, defineAlgorithm } from "vite-plugin-compression2";

const webRoot = fileURLToPath(new URL("./apps/web", import.meta.url));

function bffOrigin(): string {
  const port = process.env.BFF_PORT ?? "3000";
  if (!/^\d{1,5}$/.test(port)) throw new Error(`BFF_PORT must be a port number, got "${port}".`);
  return `http://127.0.0.1:${port}`;
}

export default defineConfig(() => {
  const target = bffOrigin();
  return {
    root: webRoot,
    plugins: [
      react(),
      tailwindcss(),
      // Brotli and gzip copies of every text file beside it, at the highest levels: the BFF
      // serves the one the browser accepts (apps/bff/src/web-assets.ts), never compressing a
      // file per request. A copy no smaller than its file is not written.
      compression({
        include: /\.(?:html|js|mjs|css|json|webmanifest|svg|txt|xml|map)$/,
        algorithms: [defineAlgorithm("brotliCompress"), defineAlgorithm("gzip")],
        logLevel: "silent",
      }),
    ],
    build: {
      outDir: `${webRoot}/dist`,
      emptyOutDir: true,
      // Which chunks each page needs: read by the per-screen budget check (decision 025).
      manifest: true,
      // Every browser Permit Desk supports follows <link rel="modulepreload"> itself.
      modulePreload: { polyfill: false },
    },
    server: {
      // `npm run dev` tells the BFF this is the origin browsers use (PUBLIC_ORIGIN): no other
      // port in its place. The proxy keeps the browser's Host (no changeOrigin), which the BFF
      // checks against that origin; Vite itself refuses host names other than localhost's.
      port: 5173,
      strictPort: true,
      proxy: {
        "/api": { target },
        "/healthz": { target },
      },
    },
  };
});
