import { type ServerType, serve } from "@hono/node-server";
import { startSimulatorServer } from "@permit-desk/opscom-simulator";
import { createApp } from "./app.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { createLogger } from "./logger.ts";
import { createOpscomClient } from "./opscom/client.ts";
import { defaultWebDistDir, serveWebApp } from "./web-assets.ts";

const DEMO_TOKEN = "permit-desk-demo-token";

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Permit Desk cannot start: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);

  const simulator = config.demo
    ? await startSimulatorServer({ port: 0, tokens: [DEMO_TOKEN] })
    : undefined;
  const baseUrl = simulator?.url ?? config.opscom.baseUrl;
  const apiToken = config.opscom.apiToken ?? DEMO_TOKEN;

  const opscom = createOpscomClient({ ...config.opscom, baseUrl });
  const app = createApp({
    config,
    opscom,
    logger,
    issueSettings: {
      apiToken,
      timeBasis: config.opscom.timeBasis,
      siteTimeZone: config.siteTimeZone,
      defaultCurrency: config.defaultCurrency,
    },
  });
  const webDistDir = config.webDistDir ?? defaultWebDistDir();
  const servesWeb = serveWebApp(app, webDistDir);

  const server: ServerType = serve(
    { fetch: app.fetch, port: config.port, hostname: config.host },
    (info) => {
      logger.info(
        {
          event: "server.listening",
          port: info.port,
          host: config.host,
          demo: config.demo,
          opscomBaseUrl: config.demo ? "in-process simulator" : config.opscom.baseUrl,
          opscomClientCode: config.opscom.clientCode,
          timeBasis: config.opscom.timeBasis,
          siteTimeZone: config.siteTimeZone,
          servesWeb,
        },
        `Permit Desk listening on http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${info.port}${config.demo ? " (demo mode: permits are not sent to OPSCOM)" : ""}`,
      );
    },
  );

  const shutdown = (signal: string) => {
    logger.info({ event: "server.stopping", signal }, "stopping");
    server.close();
    void simulator?.close();
    setTimeout(() => process.exit(0), 2_000).unref();
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
}

void main();
