import { outcomeDetail } from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import type { OpscomOutcome } from "../opscom/outcome.ts";
import { manualClock } from "../testing/manual-clock.ts";
import { createOpscomHealthMonitor } from "./opscom-health.ts";

const issued: OpscomOutcome = {
  kind: "issued",
  referenceId: "ref-1",
  httpStatus: 200,
  rawAnswer: "{}",
  durationMs: 40,
};
const noAnswer: OpscomOutcome = {
  kind: "unknown",
  reason: "timeout",
  detail: outcomeDetail("no_answer_in_time", { timeoutMs: 10_000 }),
  httpStatus: undefined,
  rawAnswer: undefined,
  durationMs: 10_000,
};
const unreachable: OpscomOutcome = {
  kind: "not_sent",
  detail: outcomeDetail("connection_not_made", { error: "ECONNREFUSED", attempts: 3 }),
  attempts: 3,
  durationMs: 300,
};
const refusedWith = (errorCode: number, httpStatus = 200): OpscomOutcome => ({
  kind: "rejected",
  errorCode,
  errorMessage: "refused",
  httpStatus,
  rawAnswer: `{"ErrorCode":${errorCode}}`,
  durationMs: 50,
});

/** A refusal with no code OPSCOM publishes: an error page or a gateway's JSON. */
const refusedWithoutCode = (httpStatus: number): OpscomOutcome => ({
  kind: "rejected",
  errorCode: undefined,
  errorMessage: 'status "error"',
  httpStatus,
  rawAnswer: '{"status":"error"}',
  durationMs: 50,
});

function monitor() {
  const time = manualClock();
  const health = createOpscomHealthMonitor({ failures: 3, windowMs: 10 * 60_000 }, time.clock);
  return { time, health };
}

describe("OPSCOM's health", () => {
  it("is failing from the third failed call in a row, since the first of them", () => {
    const { time, health } = monitor();
    const first = time.clock().toISOString();
    health.record("push", noAnswer);
    time.advance(60_000);
    health.record("update", unreachable);
    expect(health.health()).toEqual({ state: "ok" });
    time.advance(60_000);
    health.record("push", refusedWith(9001));

    expect(health.health()).toEqual({ state: "failing", since: first, failures: 3 });
  });

  it("is ok again at the next call OPSCOM answers, a refusal of the permit included", () => {
    const { health } = monitor();
    for (let call = 0; call < 3; call++) health.record("push", noAnswer);
    health.record("push", refusedWith(9006));
    expect(health.health()).toEqual({ state: "ok" });
    for (let call = 0; call < 3; call++) health.record("push", noAnswer);
    health.record("delete", issued);
    expect(health.health()).toEqual({ state: "ok" });
  });

  it("counts an error page, and a refused client code or token, as failures; not a refusal of one permit", () => {
    const { health } = monitor();
    for (const code of [9006, 9033, 9009]) health.record("push", refusedWith(code));
    expect(health.health()).toEqual({ state: "ok" });
    health.record("push", refusedWith(9000));
    health.record("push", refusedWith(9002));
    health.record("push", refusedWithoutCode(503));
    expect(health.health()).toMatchObject({ state: "failing", failures: 3 });
  });

  it("counts a refusal of one permit under a published code as OPSCOM working, whatever HTTP status it came with", () => {
    const { health } = monitor();
    for (const status of [500, 503, 400]) health.record("push", refusedWith(9006, status));
    health.record("push", refusedWith(9015, 502));
    expect(health.health()).toEqual({ state: "ok" });
    expect(health.recentFailures()).toEqual([]);
  });

  it("counts a refusal without OPSCOM's code from in front of it (not found, authentication, a rate limit) as a failure, which clears nothing", () => {
    const { health } = monitor();
    for (let call = 0; call < 2; call++) health.record("push", noAnswer);
    health.record("push", refusedWithoutCode(429));
    expect(health.health()).toMatchObject({ state: "failing", failures: 3 });
    for (const status of [404, 401, 403]) health.record("update", refusedWithoutCode(status));
    expect(health.health()).toMatchObject({ state: "failing", failures: 6 });
    expect(health.recentFailures()[0]).toMatchObject({ result: "rejected", httpStatus: 403 });
    health.record("push", refusedWithoutCode(400));
    expect(health.health()).toEqual({ state: "ok" });
  });

  it("is ok once the latest failure is older than the window: nothing recent is known", () => {
    const { time, health } = monitor();
    for (let call = 0; call < 3; call++) health.record("push", noAnswer);
    time.advance(10 * 60_000);
    expect(health.health()).toMatchObject({ state: "failing" });
    time.advance(1);
    expect(health.health()).toEqual({ state: "ok" });
  });

  it("starts a new run at a failure after the window, so one lost answer after a quiet spell does not raise it again", () => {
    const { time, health } = monitor();
    for (let call = 0; call < 3; call++) health.record("push", noAnswer);
    time.advance(60 * 60_000);
    health.record("push", noAnswer);
    expect(health.health()).toEqual({ state: "ok" });
    const since = time.clock().toISOString();
    health.record("push", noAnswer);
    time.advance(60_000);
    health.record("push", unreachable);
    expect(health.health()).toEqual({ state: "failing", since, failures: 3 });
  });

  it("keeps the latest 20 failures, newest first, as codes without OPSCOM's text", () => {
    const { time, health } = monitor();
    for (let call = 0; call < 25; call++) {
      health.record("push", call === 24 ? refusedWith(9001, 401) : noAnswer);
      time.advance(1_000);
    }
    const failures = health.recentFailures();
    expect(failures).toHaveLength(20);
    expect(failures[0]).toEqual({
      at: "2026-03-02T14:00:24.000Z",
      endpoint: "push",
      result: "rejected",
      httpStatus: 401,
      opscomErrorCode: 9001,
      durationMs: 50,
    });
    expect(failures[1]).toEqual({
      at: "2026-03-02T14:00:23.000Z",
      endpoint: "push",
      result: "unknown",
      detail: { code: "no_answer_in_time" },
      durationMs: 10_000,
    });
  });
});
