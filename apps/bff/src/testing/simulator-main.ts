// The OPSCOM simulator as a process of its own (see simulator-process.ts): tokens in argv, the
// URL it listens on printed as one JSON line.
import { startSimulatorServer } from "@permit-desk/opscom-simulator";

const server = await startSimulatorServer({
  port: 0,
  host: "127.0.0.1",
  tokens: process.argv.slice(2),
  requestLogLimit: 10,
});
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
process.once("SIGTERM", () => {
  void server.close().finally(() => process.exit(0));
});
