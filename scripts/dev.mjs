// `npm run dev`: the BFF under `tsx watch` and Vite's dev server (which proxies /api to it).
import { spawn } from "node:child_process";

const children = [
  spawn("npx", ["tsx", "watch", "apps/bff/src/server.ts"], { stdio: "inherit" }),
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
