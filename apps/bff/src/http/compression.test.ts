import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { rawGet } from "../testing/raw-http.ts";
import { answerJson, recordingServersPerTest } from "../testing/recording-server.ts";
import { listeningTestApp, postPermit, validDraft } from "../testing/test-app.ts";
import { COMPRESSION_THRESHOLD_BYTES } from "./compression.ts";

const opscomServer = recordingServersPerTest(afterEach);
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** The BFF on a real port, with a history long enough for its list and export to pass 1 KB. */
async function bffWithHistory() {
  const opscom = await opscomServer((_request, response) =>
    answerJson(response, 200, { status: "success", reference_id: crypto.randomUUID() }),
  );
  const bff = await listeningTestApp({ baseUrl: opscom.url });
  closers.push(bff.close);
  for (let index = 0; index < 12; index++) {
    const issued = await postPermit(bff.app, { ...validDraft, plate: `CMP${index}` });
    expect(issued.status).toBe(201);
  }
  const cookie = await bff.staffCookie({ role: "admin" });
  const get = (path: string, acceptEncoding?: string) =>
    rawGet(bff.port, path, {
      cookie,
      ...(acceptEncoding !== undefined && { "accept-encoding": acceptEncoding }),
    });
  return { get };
}

describe("answers compressed on the fly", () => {
  it.each([
    ["the permit history (JSON)", "/api/permits?limit=50"],
    ["the CSV export", "/api/permits/export.csv"],
  ])(
    "gzips %s over 1 KB for a client that accepts it, to the same bytes as sent plain",
    async (_name, path) => {
      const { get } = await bffWithHistory();

      const plain = await get(path);
      const gzipped = await get(path, "gzip, deflate, br");

      expect(plain.status).toBe(200);
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(plain.body.length).toBeGreaterThanOrEqual(COMPRESSION_THRESHOLD_BYTES);
      expect(gzipped.headers["content-encoding"]).toBe("gzip");
      expect(gzipped.body.length).toBeLessThan(plain.body.length);
      expect(gunzipSync(gzipped.body).equals(plain.body)).toBe(true);
      for (const answer of [plain, gzipped]) {
        expect(answer.headers.vary).toMatch(/accept-encoding/i);
        expect(answer.headers["content-type"]).toBe(plain.headers["content-type"]);
      }
    },
  );

  it("sends an answer under 1 KB as it is, with its length, even to a client that accepts gzip", async () => {
    const { get } = await bffWithHistory();

    const small = await get("/api/config", "gzip, deflate, br");

    expect(small.status).toBe(200);
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(small.body.length).toBeLessThan(COMPRESSION_THRESHOLD_BYTES);
    expect(small.headers["content-length"]).toBe(String(small.body.length));
    expect(JSON.parse(small.body.toString("utf8"))).toMatchObject({ zones: ["Lot 4", "Lot 5"] });
  });

  it("keeps the export uncached when it compresses it", async () => {
    const { get } = await bffWithHistory();

    const gzipped = await get("/api/permits/export.csv", "gzip");

    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gzipped.headers["cache-control"]).toBe("no-store");
    expect(gzipped.headers["content-disposition"]).toMatch(/^attachment; filename="permits-/);
  });
});
