import { describe, expect, it } from "vitest";
import { readCliConfig } from "./cli-config.ts";

describe("readCliConfig", () => {
  it("defaults to port 4010 on 127.0.0.1 with the demo token", () => {
    expect(readCliConfig([], {})).toEqual({
      kind: "config",
      config: {
        port: 4010,
        host: "127.0.0.1",
        tokens: ["demo-token"],
        behaviour: { mode: "normal" },
      },
    });
  });

  it("reads SIMULATOR_PORT and the comma-separated SIMULATOR_TOKENS", () => {
    expect(readCliConfig([], { SIMULATOR_PORT: "4999", SIMULATOR_TOKENS: "one, two" })).toEqual({
      kind: "config",
      config: {
        port: 4999,
        host: "127.0.0.1",
        tokens: ["one", "two"],
        behaviour: { mode: "normal" },
      },
    });
  });

  it("prefers flags to the environment, and takes --token repeated", () => {
    const result = readCliConfig(
      ["--port", "0", "--host", "0.0.0.0", "--token", "a-1", "--token", "b-2"],
      { SIMULATOR_PORT: "4999", SIMULATOR_TOKENS: "env-token" },
    );

    expect(result).toEqual({
      kind: "config",
      config: { port: 0, host: "0.0.0.0", tokens: ["a-1", "b-2"], behaviour: { mode: "normal" } },
    });
  });

  it.each([
    [["--port", "65536"], {}, '--port must be a port number from 0 to 65535, not "65536".'],
    [["--port", "80a"], {}, "--port must be a port number"],
    [[], { SIMULATOR_PORT: "-1" }, "SIMULATOR_PORT must be a port number"],
    [["--host", ""], {}, "--host must not be empty."],
    [["--token", "has space"], {}, "Token #1 of --token is unusable"],
    [[], { SIMULATOR_TOKENS: "fine,," }, "Token #2 of SIMULATOR_TOKENS is unusable"],
    [["--verbose"], {}, "--verbose"],
    [["--behaviour", "reshape"], {}, "--behaviour must be JSON"],
    [
      [],
      { SIMULATOR_BEHAVIOUR: '{"mode":"reshape"}' },
      "SIMULATOR_BEHAVIOUR: shape must be one of",
    ],
  ])("refuses %j %j with a clear message", (argv, env, message) => {
    expect(readCliConfig(argv, env)).toEqual({
      kind: "error",
      message: expect.stringContaining(message),
    });
  });

  it("starts misbehaving as --behaviour says, before SIMULATOR_BEHAVIOUR", () => {
    const result = readCliConfig(
      ["--behaviour", '{"mode":"reshape","shape":"status-capitalised","routes":["push"]}'],
      { SIMULATOR_BEHAVIOUR: '{"mode":"reset"}' },
    );

    expect(result).toMatchObject({
      kind: "config",
      config: {
        behaviour: { mode: "reshape", shape: "status-capitalised", routes: ["push"], times: null },
      },
    });
  });

  it("never repeats a refused token in its message", () => {
    const result = readCliConfig(["--token", "secret with spaces"], {});

    expect(JSON.stringify(result)).not.toContain("secret with spaces");
  });

  it("answers help for --help", () => {
    expect(readCliConfig(["--help"], {})).toEqual({ kind: "help" });
  });
});
