import { describe, expect, it } from "vitest";
import { DatabaseUrlError, databaseLocation } from "./database-location.ts";

const base = "/srv/permit-desk";

describe("databaseLocation", () => {
  it("defaults to a SQLite file under data/, resolved against the base folder", () => {
    expect(databaseLocation(undefined, base)).toEqual({
      dialect: "sqlite",
      filename: "/srv/permit-desk/data/permit-desk.sqlite",
    });
    expect(databaseLocation("  ", base)).toEqual(databaseLocation(undefined, base));
  });

  it("reads file paths, file: URLs and :memory: as SQLite", () => {
    expect(databaseLocation("var/desk.sqlite", base)).toEqual({
      dialect: "sqlite",
      filename: "/srv/permit-desk/var/desk.sqlite",
    });
    expect(databaseLocation("/tmp/desk.sqlite", base)).toMatchObject({
      filename: "/tmp/desk.sqlite",
    });
    expect(databaseLocation("file:///tmp/desk%20one.sqlite", base)).toMatchObject({
      filename: "/tmp/desk one.sqlite",
    });
    expect(databaseLocation("file:data/desk.sqlite?mode=rwc", base)).toMatchObject({
      filename: "/srv/permit-desk/data/desk.sqlite",
    });
    expect(databaseLocation(":memory:", base)).toEqual({ dialect: "sqlite", filename: ":memory:" });
  });

  it("reads postgres:// and postgresql:// URLs as PostgreSQL", () => {
    for (const url of [
      "postgres://desk:pw@db:5432/desk",
      "postgresql://desk@db/desk?sslmode=require",
    ]) {
      expect(databaseLocation(url, base)).toEqual({ dialect: "postgres", connectionString: url });
    }
  });

  it("refuses other schemes without repeating the password", () => {
    expect(() => databaseLocation("mysql://desk:s3cret@db/desk", base)).toThrow(DatabaseUrlError);
    expect(() => databaseLocation("mysql://desk:s3cret@db/desk", base)).toThrow(/\[redacted\]/);
    expect(() => databaseLocation("mysql://desk:s3cret@db/desk", base)).not.toThrow(/s3cret/);
    expect(() => databaseLocation("file://host/desk.sqlite", base)).toThrow(DatabaseUrlError);
  });
});
