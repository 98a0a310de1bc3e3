import { fileURLToPath } from "node:url";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

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
    plugins: [react(), tailwindcss()],
    build: {
      outDir: `${webRoot}/dist`,
      emptyOutDir: true,
      // Which chunks each page needs: read by the per-screen budget check (decision 025).
      manifest: true,
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
