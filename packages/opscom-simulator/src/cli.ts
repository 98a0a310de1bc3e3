import { readCliConfig, USAGE } from "./cli-config.ts";
import { requestLogLine } from "./request-log-line.ts";
import { startSimulatorServer } from "./start-simulator-server.ts";

const printJson = (line: Record<string, unknown>) => console.log(JSON.stringify(line));

async function main(): Promise<number | undefined> {
  const result = readCliConfig(process.argv.slice(2), process.env);
  if (result.kind === "help") {
    console.log(USAGE);
    return 0;
  }
  if (result.kind === "error") {
    console.error(`${result.message}\n\n${USAGE}`);
    return 2;
  }
  const { port, host, tokens, behaviour } = result.config;
  const server = await startSimulatorServer({
    port,
    host,
    tokens,
    onRequest: (request) => printJson(requestLogLine(request)),
  });
  server.simulator.setBehaviour(behaviour);
  printJson({
    time: new Date().toISOString(),
    msg: "OPSCOM simulator listening",
    url: server.url,
    tokens: tokens.length,
    behaviour,
    controls: `${server.url}/__simulator`,
  });
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return undefined;
}

main().then(
  (exitCode) => {
    if (exitCode !== undefined) process.exitCode = exitCode;
  },
  (error: unknown) => {
    console.error(
      `The simulator could not start: ${error instanceof Error ? error.message : error}`,
    );
    process.exitCode = 1;
  },
);
