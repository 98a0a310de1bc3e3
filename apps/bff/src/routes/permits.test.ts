import { apiErrorSchema, issuedPermitSchema } from "@permit-desk/schema";
import { afterEach, describe, expect, it } from "vitest";
import { manualClock } from "../testing/manual-clock.ts";
import { answerJson, closedPort, recordingServersPerTest } from "../testing/recording-server.ts";
import { postPermit, TEST_TOKEN, testApp, validDraft } from "../testing/test-app.ts";

const REFERENCE = "1a9b5375-cb75-4c71-9939-eeae550b09ac";
const success = { status: "success", reference_id: REFERENCE, InternalReferenceID: REFERENCE };

const opscomAnswering = recordingServersPerTest(afterEach);

describe("POST /api/permits", () => {
  it("sends exactly one Permit Create under the published names and answers 201 with the reference", async () => {
    const opscom = await opscomAnswering((_request, response) =>
      answerJson(response, 200, success),
    );
    const { app } = await testApp({ baseUrl: opscom.url });

    const response = await postPermit(app, validDraft);

    expect(response.status).toBe(201);
    const issued = issuedPermitSchema.parse(await response.json());
    expect(issued.referenceId).toBe(REFERENCE);
    expect(issued.plate).toBe("PL8RDR");
    expect(opscom.requests).toHaveLength(1);
    const [request] = opscom.requests;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("/api/OC-TOMA/v1/permits/push");
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(request?.headers.accept).toBe("application/json");
    expect(JSON.parse(request?.body ?? "")).toEqual({
      apiToken: TEST_TOKEN,
      Amount: "14.50",
      CurrencyID: "CAD",
      LicencePlate: "PL8RDR",
      zone: "Lot 4",
      permitNo: "L4-1138",
      startTime: "2026-07-02T13:00:00",
      endTime: "2026-07-02T21:00:00",
    });
  });

  it("leaves out Amount, CurrencyID and permitNo when none is given, and uses the configured client code", async () => {
    const opscom = await opscomAnswering((_request, response) =>
      answerJson(response, 200, success),
    );
    const { app } = await testApp({ baseUrl: opscom.url, env: { OPSCOM_CLIENT_CODE: "OC_TOMA" } });

    const { amount: _amount, permitNo: _permitNo, ...free } = validDraft;
    expect((await postPermit(app, free)).status).toBe(201);

    expect(opscom.requests[0]?.url).toBe("/api/OC_TOMA/v1/permits/push");
    expect(Object.keys(JSON.parse(opscom.requests[0]?.body ?? "{}")).sort()).toEqual([
      "LicencePlate",
      "apiToken",
      "endTime",
      "startTime",
      "zone",
    ]);
  });

  it.each([
    ["utc", "2026-03-08T06:30:00", "2026-03-08T08:30:00"],
    ["local", "2026-03-08T01:30:00", "2026-03-08T04:30:00"],
  ])(
    "a two-hour permit from 01:30 on the spring-forward night lasts two real hours on the wire (%s basis)",
    async (basis, start, end) => {
      const opscom = await opscomAnswering((_request, response) =>
        answerJson(response, 200, success),
      );
      const { app } = await testApp({ baseUrl: opscom.url, env: { OPSCOM_TIME_BASIS: basis } });

      const response = await postPermit(app, {
        ...validDraft,
        validFrom: "2026-03-08T01:30:00-05:00",
        validUntil: "2026-03-08T04:30:00-04:00",
      });

      expect(response.status).toBe(201);
      const sent = JSON.parse(opscom.requests[0]?.body ?? "{}");
      expect([sent.startTime, sent.endTime]).toEqual([start, end]);
    },
  );

  it("refuses, without calling OPSCOM, a local-basis permit whose wire end would read before its start across the autumn clock change", async () => {
    const opscom = await opscomAnswering((_request, response) =>
      answerJson(response, 200, success),
    );
    const { app } = await testApp({ baseUrl: opscom.url, env: { OPSCOM_TIME_BASIS: "local" } });

    const response = await postPermit(app, {
      ...validDraft,
      validFrom: "2026-11-01T01:30:00-04:00",
      validUntil: "2026-11-01T01:10:00-05:00",
    });

    expect(response.status).toBe(422);
    const body = apiErrorSchema.parse(await response.json());
    expect(body.error.fieldErrors?.validUntil?.[0]).toEqual({
      code: "validity_end_before_start_on_wire",
    });
    expect(opscom.requests).toHaveLength(0);
  });

  it("answers 422 with the plate's error and never calls OPSCOM when the plate is empty", async () => {
    const opscom = await opscomAnswering((_request, response) =>
      answerJson(response, 200, success),
    );
    const { app } = await testApp({ baseUrl: opscom.url });

    const response = await postPermit(app, { ...validDraft, plate: "  - " });

    expect(response.status).toBe(422);
    const body = apiErrorSchema.parse(await response.json());
    expect(body.error.code).toBe("validation");
    expect(body.error.fieldErrors?.plate).toEqual([{ code: "plate_required" }]);
    expect(opscom.requests).toHaveLength(0);
  });

  it.each([
    ["an invalid amount", { amount: "14.505" }, "amount"],
    ["an end before the start", { validUntil: "2026-07-02T08:00:00-04:00" }, "validUntil"],
    ["a start without an offset", { validFrom: "2026-07-02T09:00:00" }, "validFrom"],
    ["a zone this site does not have", { zone: "Lot 99" }, "zone"],
    ["a currency this site does not take", { currency: "EUR" }, "currency"],
    ["a permit number over 50 characters", { permitNo: "N".repeat(51) }, "permitNo"],
  ])("answers 422 on %s and never calls OPSCOM", async (_case, change, field) => {
    const opscom = await opscomAnswering((_request, response) =>
      answerJson(response, 200, success),
    );
    const { app } = await testApp({ baseUrl: opscom.url });

    const response = await postPermit(app, { ...validDraft, ...change });

    expect(response.status).toBe(422);
    const body = apiErrorSchema.parse(await response.json());
    expect(Object.keys(body.error.fieldErrors ?? {})).toContain(field);
    expect(opscom.requests).toHaveLength(0);
  });

  it("answers 400 to JSON that is not an object, saying what to send", async () => {
    const opscom = await opscomAnswering((_request, response) =>
      answerJson(response, 200, success),
    );
    const { app } = await testApp({ baseUrl: opscom.url });
    for (const body of ["[]", "null", '"AB123"']) {
      const response = await postPermit(app, body);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        error: { reason: "body_not_object", params: { body: "permit" } },
      });
    }
    expect(opscom.requests).toHaveLength(0);
  });

  it("answers with the currency it sent for a paid permit, and none for a free one", async () => {
    const opscom = await opscomAnswering((_request, response) =>
      answerJson(response, 200, success),
    );
    const { app } = await testApp({ baseUrl: opscom.url });
    const paid = issuedPermitSchema.parse(await (await postPermit(app, validDraft)).json());
    const free = issuedPermitSchema.parse(
      await (await postPermit(app, { ...validDraft, amount: "", currency: "USD" })).json(),
    );
    expect([paid.amount, paid.currency]).toEqual(["14.50", "CAD"]);
    expect([free.amount, free.currency]).toEqual([undefined, undefined]);
    expect(JSON.parse(opscom.requests[1]?.body ?? "{}")).not.toHaveProperty("CurrencyID");
  });

  it("answers 400 to a body that is not JSON and 415 to one that is not sent as JSON", async () => {
    const opscom = await opscomAnswering((_request, response) =>
      answerJson(response, 200, success),
    );
    const { app } = await testApp({ baseUrl: opscom.url });

    expect((await postPermit(app, "{plate:")).status).toBe(400);
    const form = await app.request("/api/permits", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "plate=AB123",
    });
    expect(form.status).toBe(415);
    expect(opscom.requests).toHaveLength(0);
  });

  it("refuses a request from another origin before it reaches OPSCOM", async () => {
    const opscom = await opscomAnswering((_request, response) =>
      answerJson(response, 200, success),
    );
    const { app } = await testApp({ baseUrl: opscom.url });

    const crossOrigin = await postPermit(app, validDraft, {
      Origin: "https://evil.example",
      Host: "localhost:3000",
    });
    const crossSite = await postPermit(app, validDraft, { "Sec-Fetch-Site": "cross-site" });

    expect([crossOrigin.status, crossSite.status]).toEqual([403, 403]);
    expect(opscom.requests).toHaveLength(0);
  });

  it("behind a proxy that rewrites Host, takes the configured public origin and no other", async () => {
    const opscom = await opscomAnswering((_request, response) =>
      answerJson(response, 200, success),
    );
    const { app } = await testApp({
      baseUrl: opscom.url,
      env: { PUBLIC_ORIGIN: "https://permits.example.com" },
    });
    const proxied = { Host: "127.0.0.1:3000" };

    const ours = await postPermit(app, validDraft, {
      ...proxied,
      Origin: "https://permits.example.com",
    });
    const theirs = await postPermit(app, validDraft, {
      ...proxied,
      Origin: "http://127.0.0.1:3000",
    });

    expect([ours.status, theirs.status]).toEqual([201, 403]);
    expect(opscom.requests).toHaveLength(1);
  });

  it.each([
    [9006, "LicencePlate is required.", "plate"],
    [9007, "startTime is invalid.", "validFrom"],
    [9005, "endTime is invalid.", "validUntil"],
    [9030, "permitNo is too long (at most 50 characters).", "permitNo"],
    [9033, "ParkingZoneName is not a valid value.", "zone"],
  ])("maps OPSCOM's %i to the %s field", async (code, message, field) => {
    const opscom = await opscomAnswering((_request, response) =>
      answerJson(response, 200, { ErrorCode: code, ErrorMessage: message }),
    );
    const { app } = await testApp({ baseUrl: opscom.url });

    const response = await postPermit(app, validDraft);

    expect(response.status).toBe(422);
    const body = apiErrorSchema.parse(await response.json());
    expect(body.error.code).toBe("opscom_rejected");
    expect(body.error.opscomErrorCode).toBe(code);
    expect(body.error.fieldErrors?.[field]?.[0]).toEqual({
      code: "permit_refused",
      params: { detail: message, opscomErrorCode: code },
    });
    expect(opscom.requests).toHaveLength(1);
  });

  it("explains a refused token without pinning it on a field", async () => {
    const opscom = await opscomAnswering((_request, response) =>
      answerJson(response, 200, { ErrorCode: 9002, ErrorMessage: "" }),
    );
    const { app } = await testApp({ baseUrl: opscom.url });

    const response = await postPermit(app, validDraft);

    expect(response.status).toBe(502);
    const body = apiErrorSchema.parse(await response.json());
    expect(body.error.fieldErrors).toBeUndefined();
    expect(body.error).toMatchObject({
      reason: "permit_refused",
      params: { detail: "", opscomErrorCode: 9002 },
      opscomErrorCode: 9002,
    });
  });

  it.each([
    ["an HTML error page", 500, "text/html", "<html><body>Internal Server Error</body></html>"],
    ["malformed JSON", 200, "application/json", '{"status":"succ'],
    ["a success without a reference", 200, "application/json", '{"status":"success"}'],
  ])(
    "answers 502 'did not confirm' to %s, after one single request",
    async (_case, status, type, body) => {
      const opscom = await opscomAnswering((_request, response) => {
        response.writeHead(status, { "Content-Type": type });
        response.end(body);
      });
      const { app } = await testApp({ baseUrl: opscom.url });

      const response = await postPermit(app, validDraft);

      expect(response.status).toBe(502);
      const error = apiErrorSchema.parse(await response.json());
      expect(error.error.code).toBe("opscom_unconfirmed");
      expect(error.error.reason).toBe("permit_not_confirmed");
      expect(opscom.requests).toHaveLength(1);
    },
  );

  it("answers 504 'did not confirm' when OPSCOM never answers, within the deadline, after one request", async () => {
    const opscom = await opscomAnswering(() => undefined);
    const { app } = await testApp({ baseUrl: opscom.url, env: { OPSCOM_TIMEOUT_MS: "300" } });

    const started = performance.now();
    const response = await postPermit(app, validDraft);

    expect(performance.now() - started).toBeLessThan(3_000);
    expect(response.status).toBe(504);
    expect(apiErrorSchema.parse(await response.json()).error.code).toBe("opscom_unconfirmed");
    expect(opscom.requests).toHaveLength(1);
  });

  it("answers 502 'did not confirm' when the connection is reset after the request went out", async () => {
    const opscom = await opscomAnswering((_request, response) => response.socket?.destroy());
    const { app } = await testApp({ baseUrl: opscom.url });

    const response = await postPermit(app, validDraft);

    expect(response.status).toBe(502);
    expect(apiErrorSchema.parse(await response.json()).error.code).toBe("opscom_unconfirmed");
    expect(opscom.requests).toHaveLength(1);
  });

  it("answers 502 'unreachable' when nobody listens, having tried only while nothing could be sent", async () => {
    const port = await closedPort();
    const { app } = await testApp({
      baseUrl: `http://127.0.0.1:${port}`,
      env: { OPSCOM_CONNECT_RETRIES: "2" },
    });

    const response = await postPermit(app, validDraft);

    expect(response.status).toBe(502);
    const body = apiErrorSchema.parse(await response.json());
    expect(body.error.code).toBe("opscom_unreachable");
    expect(body.error.reason).toBe("permit_opscom_unreachable");
  });

  it("never puts the OPSCOM token in an answer or a log line, whatever OPSCOM says", async () => {
    const opscom = await opscomAnswering((request, response) => {
      const sent = JSON.parse(request.body);
      answerJson(
        response,
        200,
        sent.LicencePlate === "ECHO1"
          ? { ErrorCode: 9033, ErrorMessage: "x", echo: sent }
          : success,
      );
    });
    const { app, logLines } = await testApp({ baseUrl: opscom.url });

    const answers = await Promise.all([
      postPermit(app, validDraft),
      postPermit(app, { ...validDraft, plate: "ECHO1" }),
      postPermit(app, { ...validDraft, plate: "" }),
      app.request("/api/config"),
      app.request("/healthz"),
    ]);
    const texts = await Promise.all(answers.map((answer) => answer.text()));

    expect(opscom.requests.length).toBe(2);
    expect(logLines.length).toBeGreaterThan(3);
    for (const text of [...texts, ...logLines]) expect(text).not.toContain(TEST_TOKEN);
  });
});

describe("POST /api/permits within the site's validity bounds", () => {
  /** 09:05 in Toronto, five minutes into validDraft. */
  const clock = () => manualClock("2026-07-02T13:05:00.000Z").clock;

  it("refuses 0000-01-01 to 9999-12-31 with 422 beside both fields, journals nothing and sends nothing", async () => {
    const opscom = await opscomAnswering((_request, response) =>
      answerJson(response, 200, success),
    );
    const { app, journal } = await testApp({
      baseUrl: opscom.url,
      clock: clock(),
      env: { VALIDITY_MAX_PAST_HOURS: "24" },
    });

    const response = await postPermit(app, {
      ...validDraft,
      validFrom: "0000-01-01T00:00:00Z",
      validUntil: "9999-12-31T23:59:59Z",
    });

    expect(response.status).toBe(422);
    expect(apiErrorSchema.parse(await response.json()).error).toMatchObject({
      code: "validation",
      fieldErrors: {
        validFrom: [{ code: "validity_start_too_early", params: { hours: 24 } }],
        validUntil: [{ code: "validity_too_long", params: { days: 30 } }],
      },
    });
    expect(opscom.requests).toHaveLength(0);
    expect((await journal.list({ limit: 10 })).entries).toEqual([]);
  });

  it("takes the bounds from the site's settings: a start a year out, or a permit past its longest, is refused", async () => {
    const opscom = await opscomAnswering((_request, response) =>
      answerJson(response, 200, success),
    );
    const { app } = await testApp({
      baseUrl: opscom.url,
      clock: clock(),
      env: { VALIDITY_MAX_AHEAD_DAYS: "7", PERMIT_MAX_DAYS: "2" },
    });

    const answers = [
      await postPermit(app, validDraft),
      await postPermit(app, {
        ...validDraft,
        validFrom: "2026-07-09T09:00:00-04:00",
        validUntil: "2026-07-09T10:00:00-04:00",
      }),
      await postPermit(app, {
        ...validDraft,
        validFrom: "2026-07-09T09:06:00-04:00",
        validUntil: "2026-07-09T10:00:00-04:00",
      }),
      await postPermit(app, { ...validDraft, validUntil: "2026-07-04T09:01:00-04:00" }),
    ];

    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 422, 422]);
    expect(apiErrorSchema.parse(await answers[2]?.json()).error.fieldErrors).toEqual({
      validFrom: [{ code: "validity_start_too_late", params: { days: 7 } }],
    });
    expect(apiErrorSchema.parse(await answers[3]?.json()).error.fieldErrors).toEqual({
      validUntil: [{ code: "validity_too_long", params: { days: 2 } }],
    });
    expect(opscom.requests).toHaveLength(2);
  });
});
