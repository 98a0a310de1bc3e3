import { apiErrorSchema } from "@permit-desk/schema";
import { afterEach, describe, expect, it } from "vitest";
import { answerJson, closedPort, recordingServersPerTest } from "../testing/recording-server.ts";
import { postPermit, testApp, validDraft } from "../testing/test-app.ts";

const success = (n: number) => ({
  status: "success",
  reference_id: `ref-${n}`,
  InternalReferenceID: `ref-${n}`,
});

const opscomAnswering = recordingServersPerTest(afterEach);

describe("POST /api/permits and its Idempotency-Key", () => {
  it("answers 400 without an Idempotency-Key, and sends nothing", async () => {
    const opscom = await opscomAnswering((_request, response) =>
      answerJson(response, 200, success(1)),
    );
    const { app, journal } = await testApp({ baseUrl: opscom.url });

    const response = await app.request("/api/permits", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(validDraft),
    });

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "idempotency_key_required" } });
    expect(opscom.requests).toHaveLength(0);
    expect((await journal.list({ limit: 10 })).entries).toHaveLength(0);
  });

  it("replays the first answer to a resubmission whose answer was lost: one OPSCOM request, one journal row", async () => {
    const opscom = await opscomAnswering((_request, response) =>
      answerJson(response, 200, success(opscom.requests.length)),
    );
    const { app, journal } = await testApp({ baseUrl: opscom.url });
    const key = { "Idempotency-Key": "3f1c5f0e-1b7a-4c55-9d0e-5b8f7c1a2e90" };

    const first = await postPermit(app, validDraft, key);
    const again = await postPermit(app, validDraft, key);

    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.json()).toEqual(await first.json());
    expect(opscom.requests).toHaveLength(1);
    expect((await journal.list({ limit: 10 })).entries).toHaveLength(1);
  });

  it("replays a failure too: an unconfirmed create is not sent a second time", async () => {
    const opscom = await opscomAnswering((_request, response) => {
      response.writeHead(500, { "Content-Type": "text/html" });
      response.end("<h1>oops</h1>");
    });
    const { app } = await testApp({ baseUrl: opscom.url });
    const key = { "Idempotency-Key": "unconfirmed-key-0001" };

    const first = await postPermit(app, validDraft, key);
    const again = await postPermit(app, validDraft, key);

    expect([first.status, again.status]).toEqual([502, 502]);
    expect(await again.json()).toMatchObject({ error: { code: "opscom_unconfirmed" } });
    expect(opscom.requests).toHaveLength(1);
  });

  it("replays an answer an earlier version stored in prose with its codes only, and sends nothing again", async () => {
    const opscom = await opscomAnswering((_request, response) => {
      response.writeHead(500, { "Content-Type": "text/html" });
      response.end("<h1>oops</h1>");
    });
    const { app, database } = await testApp({ baseUrl: opscom.url });
    const key = { "Idempotency-Key": "stored-before-codes-01" };
    const first = await postPermit(app, validDraft, key);
    const { journalId } = ((await first.json()) as { error: { journalId: string } }).error;
    // What the version before decision 020 kept under the key: a sentence, and field sentences.
    const before = {
      error: {
        code: "opscom_unconfirmed",
        message: "OPSCOM did not confirm — the permit may or may not exist.",
        fieldErrors: { plate: ["Enter the licence plate."] },
        journalId,
      },
    };
    await database.db
      .updateTable("idempotency_keys")
      .set({ response_body: JSON.stringify(before) })
      .where("key", "=", key["Idempotency-Key"])
      .execute();

    const again = await postPermit(app, validDraft, key);

    expect(again.status).toBe(502);
    const body = await again.json();
    expect(body).toEqual({ error: { code: "opscom_unconfirmed", journalId } });
    expect(apiErrorSchema.safeParse(body).success).toBe(true);
    expect(opscom.requests).toHaveLength(1);
  });

  it("answers 422 when the same key comes with another permit", async () => {
    const opscom = await opscomAnswering((_request, response) =>
      answerJson(response, 200, success(1)),
    );
    const { app } = await testApp({ baseUrl: opscom.url });
    const key = { "Idempotency-Key": "reused-key-000001" };

    await postPermit(app, validDraft, key);
    const other = await postPermit(app, { ...validDraft, plate: "OTHER1" }, key);

    expect(other.status).toBe(422);
    expect(await other.json()).toMatchObject({ error: { code: "idempotency_key_reused" } });
    expect(opscom.requests).toHaveLength(1);
  });

  it("answers 409 to a double click while the first is still at OPSCOM, and sends one request", async () => {
    let answerFirst: () => void = () => undefined;
    const opscom = await opscomAnswering((_request, response) => {
      answerFirst = () => answerJson(response, 200, success(1));
    });
    const { app, journal } = await testApp({ baseUrl: opscom.url });
    const key = { "Idempotency-Key": "double-click-key-01" };

    const first = postPermit(app, validDraft, key);
    await expect.poll(() => opscom.requests.length).toBe(1);
    const second = await postPermit(app, validDraft, key);
    answerFirst();

    expect(second.status).toBe(409);
    expect(second.headers.get("retry-after")).toBe("1");
    expect((await first).status).toBe(201);
    expect(opscom.requests).toHaveLength(1);
    expect((await journal.list({ limit: 10 })).entries).toHaveLength(1);
  });

  it("commits the pending journal row before the request reaches OPSCOM", async () => {
    const seen: string[] = [];
    let journalRef: Awaited<ReturnType<typeof testApp>>["journal"] | undefined;
    const opscom = await opscomAnswering((_request, response) => {
      void journalRef?.list({ limit: 10 }).then(({ entries }) => {
        seen.push(...entries.map((entry) => entry.state));
        answerJson(response, 200, success(1));
      });
    });
    const { app, journal } = await testApp({ baseUrl: opscom.url });
    journalRef = journal;

    expect((await postPermit(app, validDraft)).status).toBe(201);

    expect(seen).toEqual(["pending"]);
    const [entry] = (await journal.list({ limit: 10 })).entries;
    expect(entry).toMatchObject({ state: "issued", referenceId: "ref-1", plate: "PL8RDR" });
    expect(JSON.stringify(entry?.sentBody)).not.toContain("apiToken");
  });

  it("frees the key when OPSCOM could not be reached, so the same submission can be sent later", async () => {
    const port = await closedPort();
    const { app, journal } = await testApp({
      baseUrl: `http://127.0.0.1:${port}`,
      env: { OPSCOM_CONNECT_RETRIES: "0" },
    });
    const key = { "Idempotency-Key": "unreachable-key-01" };

    const first = await postPermit(app, validDraft, key);
    const again = await postPermit(app, validDraft, key);

    expect([first.status, again.status]).toEqual([502, 502]);
    expect(again.headers.get("idempotent-replayed")).toBeNull();
    const states = (await journal.list({ limit: 10 })).entries.map((entry) => entry.state);
    expect(states).toEqual(["not_sent", "not_sent"]);
  });
});
