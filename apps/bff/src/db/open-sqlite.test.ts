import SqliteDatabase from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { withPreparedStatements } from "./open-sqlite.ts";

describe("SQLite statements kept prepared", () => {
  const sqlite = new SqliteDatabase(":memory:");
  sqlite.exec("create table plates (plate text)");
  sqlite.exec("insert into plates values ('AB123'), ('CD456')");

  it("prepares a statement once and hands it out again for the same SQL", () => {
    const database = withPreparedStatements(sqlite);
    const first = database.prepare("select plate from plates where plate = ?");
    expect(database.prepare("select plate from plates where plate = ?")).toBe(first);
    expect(database.prepare("select plate from plates")).not.toBe(first);
    expect(first.all(["AB123"])).toEqual([{ plate: "AB123" }]);
  });

  it("hands out a fresh statement while the kept one is still being iterated", () => {
    const database = withPreparedStatements(sqlite);
    const sql = "select plate from plates order by plate";
    const streaming = database.prepare(sql).iterate([]);
    expect(streaming.next().value).toEqual({ plate: "AB123" });

    expect(database.prepare(sql).all([])).toEqual([{ plate: "AB123" }, { plate: "CD456" }]);
    expect(streaming.next().value).toEqual({ plate: "CD456" });
    streaming.return?.();
  });

  it("forgets the least recently used statements beyond a few hundred", () => {
    const database = withPreparedStatements(sqlite);
    const kept = database.prepare("select count(*) from plates");
    for (let n = 0; n < 300; n++) database.prepare(`select ${n} from plates`);
    expect(database.prepare("select count(*) from plates")).not.toBe(kept);
    const recent = database.prepare("select 299 from plates");
    expect(database.prepare("select 299 from plates")).toBe(recent);
  });
});
