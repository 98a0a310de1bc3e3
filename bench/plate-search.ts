// How fast staff find permits by the first characters of a plate, in a journal of 100,000 and
// 1,000,000 entries: on SQLite always, on PostgreSQL too when TEST_DATABASE_URL is set.
// Run: npx tsx bench/plate-search.ts
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { plateSkeleton } from "@permit-desk/schema";
import { type Insertable, type Kysely, sql } from "kysely";
import type { Database, JournalEntriesTable, JournalState } from "../apps/bff/src/db/database.ts";
import { migrateToLatest } from "../apps/bff/src/db/migrate.ts";
import { type DatabaseHandle, openDatabase } from "../apps/bff/src/db/open-database.ts";
import { openPostgres, quoteIdentifier } from "../apps/bff/src/db/open-postgres.ts";
import { createJournal } from "../apps/bff/src/journal/journal.ts";

export type PlateSearchTiming = {
  dialect: "sqlite" | "postgres";
  rows: number;
  prefixLength: number | "all";
  searches: number;
  medianMs: number;
  p99Ms: number;
};

export type PlateSearchBenchOptions = {
  sizes?: number[];
  /** A PostgreSQL URL to measure as well; a fresh schema is made there and dropped after. */
  postgresUrl?: string;
  searchesPerLength?: number;
  log?: (line: string) => void;
};

const ZONES = [
  "Lot 4",
  "Lot 5",
  "Visitor Parkade",
  "Lot 1",
  "Lot 2",
  "Staff North",
  "Staff South",
  "Lot 9",
];
const LETTERS = "ABCDEFGHJKLMNPRSTVWXYZ";
const DIGITS = "0123456789";
const HOUR_MS = 3_600_000;
/** Bound parameters per insert: under SQLite's 32,766 and PostgreSQL's 65,535, whatever the columns. */
const BATCH_PARAMETERS = 30_000;

/** Deterministic, so that every run searches the same journal. */
function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = (text: string) => text.charAt(Math.floor(next() * text.length));
  const repeat = (text: string, count: number) =>
    Array.from({ length: count }, () => pick(text)).join("");
  return { next, pick, repeat };
}

type Random = ReturnType<typeof randomSource>;

/** Plate shapes seen across Canadian and US lots, with vanity plates now and then. */
function randomPlate(random: Random): string {
  const shape = random.next();
  if (shape < 0.4) return random.repeat(LETTERS, 4) + random.repeat(DIGITS, 3);
  if (shape < 0.6) return random.repeat(LETTERS, 3) + random.repeat(DIGITS, 3);
  if (shape < 0.75) return random.repeat(DIGITS, 3) + random.repeat(LETTERS, 3);
  if (shape < 0.9)
    return random.pick(LETTERS) + random.repeat(DIGITS, 2) + random.repeat(LETTERS, 3);
  return random.repeat(LETTERS, 3 + Math.floor(random.next() * 5));
}

function stateOf(random: Random): JournalState {
  const roll = random.next();
  if (roll < 0.92) return "issued";
  if (roll < 0.97) return "rejected";
  if (roll < 0.99) return "unknown";
  return "not_sent";
}

function wireTime(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 19);
}

function benchRow(
  random: Random,
  plate: string,
  createdAt: number,
): Insertable<JournalEntriesTable> {
  const zone = ZONES[Math.floor(random.next() ** 2 * ZONES.length)] ?? "Lot 4";
  const validFrom = createdAt + Math.floor(random.next() * 48) * HOUR_MS;
  const validUntil = validFrom + (1 + Math.floor(random.next() ** 3 * 720)) * HOUR_MS;
  const amount = random.next() < 0.6 ? `${1 + Math.floor(random.next() * 40)}.50` : null;
  const state = stateOf(random);
  const referenceId = state === "issued" ? randomUUID() : null;
  const draft = {
    plate,
    zone,
    validFrom: new Date(validFrom).toISOString(),
    validUntil: new Date(validUntil).toISOString(),
    ...(amount !== null && { amount, currency: "CAD" }),
  };
  const sentBody = {
    ...(amount !== null && { Amount: amount, CurrencyID: "CAD" }),
    LicencePlate: plate,
    zone,
    startTime: wireTime(validFrom),
    endTime: wireTime(validUntil),
  };
  const row = {
    id: randomUUID(),
    created_at: createdAt,
    actor: `10.0.${Math.floor(random.next() * 4)}.${Math.floor(random.next() * 250)}`,
    draft: JSON.stringify(draft),
    sent_body: JSON.stringify(sentBody),
    plate,
    plate_skeleton: plateSkeleton(plate),
    zone,
    zone_id: `zone-${zone}`,
    valid_from: validFrom,
    valid_until: validUntil,
    amount,
    currency: amount === null ? null : "CAD",
    permit_no: random.next() < 0.3 ? `P-${Math.floor(random.next() * 1e6)}` : null,
    state,
    reference_id: referenceId,
    opscom_http_status: state === "not_sent" ? null : state === "rejected" ? 400 : 200,
    opscom_raw_answer:
      referenceId === null
        ? null
        : JSON.stringify({
            status: "success",
            reference_id: referenceId,
            InternalReferenceID: referenceId,
          }),
    opscom_error_code: state === "rejected" ? 9033 : null,
    outcome_reason: state === "unknown" ? "timeout" : null,
    outcome_detail: state === "unknown" ? "no answer within 10000 ms" : null,
    opscom_ms: 80 + Math.floor(random.next() * 400),
    completed_at: createdAt + 300,
    idempotency_key: randomUUID(),
    current_plate: plate,
    current_zone: zone,
    current_zone_id: `zone-${zone}`,
    current_valid_from: validFrom,
    current_valid_until: validUntil,
    voided_at: null,
    corrected_at: null,
    change_count: 0,
    unsettled_change_id: null,
  };
  return { ...row, current_permit_no: row.permit_no };
}

/** Appends entries in time order, as a journal grows; regulars come back again and again. */
function journalFiller(db: Kysely<Database>, seed: number) {
  const random = randomSource(seed);
  const regulars = Array.from({ length: 20_000 }, () => randomPlate(random));
  let createdAt = Date.parse("2023-01-01T00:00:00Z");
  let written = 0;
  const nextPlate = () =>
    random.next() < 0.3
      ? (regulars[Math.floor(random.next() * regulars.length)] ?? "PL8RDR")
      : randomPlate(random);

  return {
    plate: nextPlate,
    async fillTo(total: number) {
      while (written < total) {
        const nextRow = () => {
          createdAt += 1 + Math.floor(random.next() * 90_000);
          return benchRow(random, nextPlate(), createdAt);
        };
        const first = nextRow();
        const batchRows = Math.floor(BATCH_PARAMETERS / Object.keys(first).length);
        const rows = [
          first,
          ...Array.from({ length: Math.min(batchRows, total - written) - 1 }, nextRow),
        ];
        await db.transaction().execute(async (trx) => {
          await trx.insertInto("journal_entries").values(rows).execute();
        });
        written += rows.length;
      }
    },
  };
}

function percentile(sorted: number[], fraction: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

function summary(timings: number[]) {
  const sorted = [...timings].sort((a, b) => a - b);
  return {
    searches: sorted.length,
    medianMs: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
  };
}

async function timeSearches(
  handle: DatabaseHandle,
  rows: number,
  prefixesByLength: Map<number, string[]>,
): Promise<PlateSearchTiming[]> {
  const journal = createJournal(handle.db, { clock: () => new Date() });
  const round = (ms: number) => Math.round(ms * 100) / 100;
  for (const prefix of (prefixesByLength.get(2) ?? []).slice(0, 20)) {
    await journal.list({ platePrefix: prefix, limit: 50 });
  }
  const all: number[] = [];
  const timings: PlateSearchTiming[] = [];
  for (const [prefixLength, prefixes] of prefixesByLength) {
    const durations: number[] = [];
    for (const prefix of prefixes) {
      const started = performance.now();
      await journal.list({ platePrefix: prefix, limit: 50 });
      durations.push(performance.now() - started);
    }
    all.push(...durations);
    const { searches, medianMs, p99Ms } = summary(durations);
    timings.push({
      dialect: handle.dialect,
      rows,
      prefixLength,
      searches,
      medianMs: round(medianMs),
      p99Ms: round(p99Ms),
    });
  }
  const overall = summary(all);
  timings.push({
    dialect: handle.dialect,
    rows,
    prefixLength: "all",
    searches: overall.searches,
    medianMs: round(overall.medianMs),
    p99Ms: round(overall.p99Ms),
  });
  return timings;
}

type BenchTarget = { handle: DatabaseHandle; dispose(): Promise<void> };

function sqliteTarget(): BenchTarget {
  const dir = mkdtempSync(join(tmpdir(), "permit-desk-bench-"));
  const handle = openDatabase(join(dir, "bench.sqlite"), { baseDir: dir });
  return {
    handle,
    async dispose() {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresTarget(url: string): Promise<BenchTarget> {
  const schema = `bench_${randomUUID().replaceAll("-", "")}`;
  const admin = openPostgres(url, { poolSize: 1 });
  await sql`create schema ${sql.raw(quoteIdentifier(schema))}`.execute(admin);
  const handle = openDatabase(url, { baseDir: process.cwd(), postgres: { schema, poolSize: 2 } });
  return {
    handle,
    async dispose() {
      await handle.close();
      await sql`drop schema ${sql.raw(quoteIdentifier(schema))} cascade`.execute(admin);
      await admin.destroy();
    },
  };
}

/**
 * The fill is set-up, not what is measured: SQLite skips its fsyncs meanwhile, then goes back
 * to the server's setting before any search.
 */
async function fillQuickly(handle: DatabaseHandle, fill: () => Promise<void>): Promise<void> {
  if (handle.dialect === "sqlite") await sql`pragma synchronous = off`.execute(handle.db);
  await fill();
  if (handle.dialect === "sqlite") await sql`pragma synchronous = full`.execute(handle.db);
}

/** Planner statistics as a running server has them: SQLite's at start, PostgreSQL's from autovacuum. */
async function refreshStatistics(handle: DatabaseHandle): Promise<void> {
  const refresh =
    handle.dialect === "sqlite" ? sql`pragma optimize = 0x10002` : sql`analyze journal_entries`;
  await refresh.execute(handle.db);
}

async function benchOne(
  target: BenchTarget,
  options: Required<Omit<PlateSearchBenchOptions, "postgresUrl">>,
) {
  const { handle } = target;
  const timings: PlateSearchTiming[] = [];
  await migrateToLatest(handle.db, handle.dialect);
  const filler = journalFiller(handle.db, 20_260_302);
  const searchRandom = randomSource(7);
  for (const rows of [...options.sizes].sort((a, b) => a - b)) {
    const started = performance.now();
    await fillQuickly(handle, () => filler.fillTo(rows));
    const filled = performance.now();
    await refreshStatistics(handle);
    const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
    options.log(
      `${handle.dialect}: ${rows.toLocaleString("en")} entries, filled in ${seconds(started, filled)} s, statistics in ${seconds(filled, performance.now())} s`,
    );
    const prefixesByLength = new Map(
      [1, 2, 3, 4].map((length) => [
        length,
        Array.from(
          { length: options.searchesPerLength },
          () => filler.plate().slice(0, length) || searchRandom.pick(LETTERS),
        ),
      ]),
    );
    const measured = await timeSearches(handle, rows, prefixesByLength);
    for (const timing of measured) {
      options.log(
        `  prefix ${String(timing.prefixLength).padEnd(3)} ${String(timing.searches).padStart(4)} searches: median ${timing.medianMs} ms, p99 ${timing.p99Ms} ms`,
      );
    }
    timings.push(...measured);
  }
  return timings;
}

export async function runPlateSearchBench(
  options: PlateSearchBenchOptions = {},
): Promise<PlateSearchTiming[]> {
  const settings = {
    sizes: options.sizes ?? [100_000, 1_000_000],
    searchesPerLength: options.searchesPerLength ?? 200,
    log: options.log ?? ((line: string) => console.log(line)),
  };
  const timings: PlateSearchTiming[] = [];
  const targets: Array<() => Promise<BenchTarget>> = [async () => sqliteTarget()];
  const { postgresUrl } = options;
  if (postgresUrl !== undefined) targets.push(() => postgresTarget(postgresUrl));
  for (const open of targets) {
    const target = await open();
    try {
      timings.push(...(await benchOne(target, settings)));
    } finally {
      await target.dispose();
    }
  }
  return timings;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const postgresUrl = process.env.TEST_DATABASE_URL?.trim() || undefined;
  await runPlateSearchBench(postgresUrl === undefined ? {} : { postgresUrl });
}
