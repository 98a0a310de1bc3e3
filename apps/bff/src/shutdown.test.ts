import { describe, expect, it } from "vitest";
import { createDrain } from "./http/draining.ts";
import { createShutdown, REPEAT_SIGNAL_WINDOW_MS, type ShutdownPlan } from "./shutdown.ts";
import { logCollector } from "./testing/test-app.ts";

/** A shutdown whose steps say when they ran, and whose exit is recorded instead of taken. */
function recordedShutdown(overrides: Partial<ShutdownPlan> = {}) {
  const ran: string[] = [];
  const exits: number[] = [];
  let exited: (code: number) => void = () => undefined;
  const exit = new Promise<number>((resolve) => {
    exited = resolve;
  });
  const { lines, logger } = logCollector();
  const drain = createDrain();
  let clock = 0;
  const shutdown = createShutdown({
    logger,
    drain,
    drainTimeoutMs: 1_000,
    closeHttpServer: async () => {
      ran.push("http server");
    },
    beforeDatabaseCloses: [
      { name: "maintenance", run: () => ran.push("maintenance") },
      { name: "lease", run: async () => ran.push("lease") },
    ],
    closeDatabase: async () => {
      ran.push("database");
    },
    exit: (code) => {
      exits.push(code);
      exited(code);
    },
    now: () => clock,
    ...overrides,
  });
  const events = () => lines.map((line) => JSON.parse(line).event);
  const advance = (ms: number) => {
    clock += ms;
  };
  return { shutdown, drain, ran, exits, exit, events, advance };
}

describe("createShutdown", () => {
  it("waits for start-up to finish before draining, then gives a request still sending its body a short deadline", async () => {
    let startedUp: () => void = () => undefined;
    const started = new Promise<void>((resolve) => {
      startedUp = resolve;
    });
    const drainStarts: number[] = [];
    const { shutdown, drain, ran, exit } = recordedShutdown({
      started,
      onDrainStart: () => drainStarts.push(1),
    });

    shutdown.onSignal("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(drain.isDraining()).toBe(false);
    expect(drainStarts).toEqual([]);
    // A request queued behind start-up is admitted and answered, not cut off.
    const countOut = drain.admit();
    startedUp();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(drain.isDraining()).toBe(true);
    expect(drainStarts).toEqual([1]);
    countOut?.();

    expect(await exit).toBe(0);
    expect(ran).toEqual(["http server", "maintenance", "lease", "database"]);
  });

  it("waits for the requests in flight, then closes the server, each step before the database, the database, and exits 0", async () => {
    const { shutdown, drain, ran, exit, events } = recordedShutdown();
    const countOut = drain.admit();

    shutdown.onSignal("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ran).toEqual([]);
    expect(drain.isDraining()).toBe(true);
    countOut?.();

    expect(await exit).toBe(0);
    expect(ran).toEqual(["http server", "maintenance", "lease", "database"]);
    expect(events()).toEqual(["server.draining", "server.drained", "server.stopped"]);
  });

  it("still closes the database when a step fails, and exits 1", async () => {
    const { shutdown, ran, exit } = recordedShutdown({
      beforeDatabaseCloses: [
        {
          name: "lease",
          run: () => {
            throw new Error("gone");
          },
        },
      ],
      closeDatabase: async () => {
        ran.push("database");
      },
    });

    shutdown.onSignal("SIGINT");

    expect(await exit).toBe(1);
    expect(ran).toContain("database");
  });

  it("exits 1 when a request was still running at the deadline", async () => {
    const { shutdown, drain, exit } = recordedShutdown({ drainTimeoutMs: 30 });
    drain.admit();

    shutdown.onSignal("SIGTERM");

    expect(await exit).toBe(1);
  });

  it("ignores a repeat within the window and exits at once, 128 plus the signal's number, on a later one", async () => {
    const { shutdown, drain, exits, advance, events } = recordedShutdown();
    drain.admit();

    shutdown.onSignal("SIGINT");
    advance(REPEAT_SIGNAL_WINDOW_MS - 1);
    shutdown.onSignal("SIGINT");
    expect(exits).toEqual([]);
    advance(1);
    shutdown.onSignal("SIGINT");

    expect(exits).toEqual([130]);
    expect(events()).toContain("server.stopped_at_once");
  });
});
