// `npm run dev`: the BFF under `tsx watch` and Vite's dev server (which proxies /api to it).
import { spawn } from "node:child_process";

// The page comes from Vite, so browsers send its origin; Vite's proxy passes their Host header
// on as it came, and the BFF checks both against this (see vite.config.ts).
const DEV_ORIGIN = "http://localhost:5173";

const children = [
  spawn("npx", ["tsx", "watch", "apps/bff/src/server.ts"], {
    stdio: "inherit",
    env: { ...process.env, PUBLIC_ORIGIN: process.env.PUBLIC_ORIGIN ?? DEV_ORIGIN },
  }),
  spawn("npx", ["vite"], { stdio: "inherit" }),
];
const stop = () => {
  for (const child of children) child.kill("SIGTERM");
};
for (const child of children)
  child.on("exit", (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
