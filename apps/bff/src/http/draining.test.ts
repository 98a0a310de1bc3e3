import { apiErrorSchema, healthSchema, readinessSchema } from "@permit-desk/schema";
import { afterEach, describe, expect, it } from "vitest";
import { answerJson, recordingServersPerTest } from "../testing/recording-server.ts";
import { postPermit, testApp, validDraft } from "../testing/test-app.ts";
import { createDrain, DRAINING_RETRY_AFTER_SECONDS } from "./draining.ts";

const opscomAnswering = recordingServersPerTest(afterEach);
const success = { status: "success", reference_id: "ref-drain" };

describe("a draining server", () => {
  it("GET /readyz answers ready, then 503 draining with Retry-After once draining began", async () => {
    const { anonymous, drain } = await testApp({ baseUrl: "http://127.0.0.1:9" });

    const before = await anonymous.request("/readyz");
    expect(before.status).toBe(200);
    expect(readinessSchema.parse(await before.json()).status).toBe("ready");

    drain.start();
    const during = await anonymous.request("/readyz");
    expect(during.status).toBe(503);
    expect(during.headers.get("retry-after")).toBe(String(DRAINING_RETRY_AFTER_SECONDS));
    expect(readinessSchema.parse(await during.json()).status).toBe("draining");
  });

  it("GET /readyz answers 503 database_unavailable with Retry-After once the database does not answer", async () => {
    const { anonymous, database } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    expect((await anonymous.request("/readyz")).status).toBe(200);

    await database.close();
    const response = await anonymous.request("/readyz");

    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe(String(DRAINING_RETRY_AFTER_SECONDS));
    expect(readinessSchema.parse(await response.json()).status).toBe("database_unavailable");
    expect((await anonymous.request("/healthz")).status).toBe(200);
  });

  it("keeps GET /healthz answering 200 in its usual shape, so the demo banner still knows", async () => {
    const { anonymous, drain } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    drain.start();

    const response = await anonymous.request("/healthz");

    expect(response.status).toBe(200);
    expect(healthSchema.parse(await response.json())).toEqual({ status: "ok", demo: false });
  });

  it("POST /api/permits answers 503 draining with Retry-After and Connection: close, and neither sends nor journals anything", async () => {
    const opscom = await opscomAnswering((_request, response) =>
      answerJson(response, 200, success),
    );
    const { app, drain, journal } = await testApp({ baseUrl: opscom.url });
    drain.start();

    const response = await postPermit(app, validDraft);

    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe(String(DRAINING_RETRY_AFTER_SECONDS));
    expect(response.headers.get("connection")).toBe("close");
    expect(apiErrorSchema.parse(await response.json()).error.code).toBe("draining");
    expect(opscom.requests).toHaveLength(0);
    expect((await journal.list({ limit: 10 })).entries).toHaveLength(0);
  });

  it("refuses every other route too, signed in or not, with the secure headers", async () => {
    const { app, anonymous, drain } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    drain.start();

    for (const response of [
      await app.request("/api/permits"),
      await app.request("/api/config"),
      await anonymous.request("/api/setup"),
    ]) {
      expect(response.status).toBe(503);
      expect(response.headers.get("content-security-policy")).not.toBeNull();
    }
  });

  it("lets a permit admitted before draining began finish, and waits for it", async () => {
    let answer: () => void = () => undefined;
    const opscom = await opscomAnswering((_request, response) => {
      answer = () => answerJson(response, 200, success);
    });
    const { app, drain } = await testApp({
      baseUrl: opscom.url,
      env: { OPSCOM_TIMEOUT_MS: "5000" },
    });
    const issuing = postPermit(app, validDraft);
    await expect.poll(() => opscom.requests.length).toBe(1);

    drain.start();
    const finished = drain.finished(5_000);
    expect(drain.inFlight()).toBe(1);
    answer();

    expect((await issuing).status).toBe(201);
    expect(await finished).toMatchObject({ inFlight: 1, drained: 1, cutOff: 0 });
  });
});

describe("createDrain", () => {
  it("reports at once when nothing is in flight", async () => {
    const drain = createDrain();
    drain.start();
    expect(await drain.finished(60_000)).toMatchObject({ inFlight: 0, drained: 0, cutOff: 0 });
  });

  it("gives up waiting at the deadline and reports the requests cut off and those refused", async () => {
    const drain = createDrain();
    const first = drain.admit();
    drain.admit();
    drain.start();
    expect(drain.admit()).toBeUndefined();
    first?.();
    first?.();

    expect(await drain.finished(50)).toMatchObject({
      inFlight: 2,
      drained: 1,
      cutOff: 1,
      refused: 1,
    });
  });
});
