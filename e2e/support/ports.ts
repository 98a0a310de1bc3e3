/** Ports the e2e servers listen on, away from the 3000 a developer's own server uses. */
export const E2E_PORTS = {
  simulator: Number(process.env.E2E_SIMULATOR_PORT ?? 4110),
  demo: Number(process.env.E2E_DEMO_PORT ?? 3100),
  live: Number(process.env.E2E_LIVE_PORT ?? 3101),
};

export const SIMULATOR_URL = `http://127.0.0.1:${E2E_PORTS.simulator}`;

/** The token the e2e OPSCOM simulator accepts; a test value, not a secret. */
export const E2E_TOKEN = "e2e-opscom-token";
