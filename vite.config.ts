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
    },
    server: {
      proxy: {
        "/api": { target },
        "/healthz": { target },
      },
    },
  };
});
