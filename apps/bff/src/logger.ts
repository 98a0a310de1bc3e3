import pino, { type DestinationStream, type Logger } from "pino";

/** Anything that could carry the OPSCOM token or a session is removed before a line is written. */
export const REDACTED_PATHS = [
  "apiToken",
  "*.apiToken",
  "*.*.apiToken",
  "token",
  "*.token",
  "headers.cookie",
  "*.headers.cookie",
  "*.headers.authorization",
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
      base: { service: "permit-desk" },
    },
    destination,
  );
}

export type { Logger };
