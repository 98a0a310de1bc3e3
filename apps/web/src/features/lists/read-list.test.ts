import { describe, expect, it } from "vitest";
import { isListInstant, listTime, listTimeToType, readList } from "./read-list.ts";

const TZ = "America/Toronto";

describe("readList", () => {
  it("reads OPSCOM's column names whatever their capitals and spacing, and names the columns it leaves", async () => {
    const list = await readList(
      "Licence Plate,parkingzonename,StartDateUtc,end_date_utc,Amount,CurrencyID,TicketNumber,Notes\n" +
        "ab123,Lot 4,2026-07-02T13:00:00Z,2026-07-02T15:00:00Z,6.00,CAD,T-1,VIP\n",
      TZ,
    );
    expect(list.rows).toEqual([
      {
        plate: "ab123",
        zone: "Lot 4",
        validFrom: "2026-07-02T13:00:00Z",
        validUntil: "2026-07-02T15:00:00Z",
        amount: "6.00",
        currency: "CAD",
        permitNo: "T-1",
      },
    ]);
    expect(list.columns).toEqual([
      "plate",
      "zone",
      "validFrom",
      "validUntil",
      "amount",
      "currency",
      "permitNo",
    ]);
    expect(list.ignored).toEqual(["Notes"]);
  });

  it("reads a file of plates alone, with or without a header, and skips blank lines", async () => {
    expect((await readList("plate\nAB123\n\nCD456\n", TZ)).rows).toEqual([
      { plate: "AB123" },
      { plate: "CD456" },
    ]);
    expect((await readList("AB123\r\n  CD456  \r\n\r\n", TZ)).rows).toEqual([
      { plate: "AB123" },
      { plate: "CD456" },
    ]);
  });

  it("reads a list of plates whose first plate is also a column's name as plates", async () => {
    for (const first of ["END", "Fin", "ZONE", "start"]) {
      expect((await readList(`${first}\nCD456\n`, TZ)).rows, first).toEqual([
        { plate: first },
        { plate: "CD456" },
      ]);
    }
  });

  it("reads the columns the Lists page names, in English and in French", async () => {
    const english = await readList(
      "plate,zone,start,end,amount,currency,permit number\nAB123,Lot 5,,,5.00,CAD,P-1\n",
      TZ,
    );
    expect(english.columns).toEqual([
      "plate",
      "zone",
      "validFrom",
      "validUntil",
      "amount",
      "currency",
      "permitNo",
    ]);
    expect(english.ignored).toEqual([]);
    const french = await readList(
      "plaque;zone;début;fin;montant;devise\nAB123;Lot 5;;;5,00;CAD\n",
      TZ,
    );
    expect(french.rows).toEqual([
      { plate: "AB123", zone: "Lot 5", amount: "5,00", currency: "CAD" },
    ]);
  });

  it("reads rows pasted from a spreadsheet, parted by tabs, and leaves a row's blank cells to the list's values", async () => {
    const list = await readList("LicencePlate\tzone\nAB123\t\nCD456\tLot 5\n", TZ);
    expect(list.rows).toEqual([{ plate: "AB123" }, { plate: "CD456", zone: "Lot 5" }]);
  });

  it("reads nothing from several columns none of which it knows", async () => {
    expect((await readList("name,room\nAda,12\n", TZ)).rows).toEqual([]);
  });

  it("reads a time without a zone as UTC under OPSCOM's Utc names, and as the site's time under Permit Desk's", async () => {
    const list = await readList(
      "LicencePlate,StartDateUtc,EndDateUtc\n" + "AB1,2026-12-07T09:00:00,2026-12-07 11:30\n",
      TZ,
    );
    expect(list.rows[0]).toMatchObject({
      validFrom: "2026-12-07T09:00:00Z",
      validUntil: "2026-12-07T11:30:00Z",
    });
    // Kept, so that a time fixed in place in such a column is read as UTC too.
    expect(list.utc).toEqual(["validFrom", "validUntil"]);
    const site = await readList(
      "plate,startTime,endTime\nAB1,2026-12-07 09:00,2026-12-07T17:30:00\n",
      TZ,
    );
    expect(site.rows[0]).toMatchObject({
      validFrom: "2026-12-07T09:00:00-05:00",
      validUntil: "2026-12-07T17:30:00-05:00",
    });
    expect(site.utc).toEqual([]);
  });

  it("leaves a time with its zone, or one it cannot read, as written, for the checks to accept or refuse", () => {
    expect(listTime("2026-12-07T09:00:00+01:00", true, TZ)).toBe("2026-12-07T09:00:00+01:00");
    expect(listTime("2026-12-07T09:00Z", false, TZ)).toBe("2026-12-07T09:00Z");
    expect(listTime("12/07/2026 09:00", false, TZ)).toBe("12/07/2026 09:00");
    expect(listTime("2026-02-30 09:00", false, TZ)).toBe("2026-02-30 09:00");
  });

  it("offers a time it read for fixing on the site's clock, year first, and one it did not as written", () => {
    const read = listTime("2026-12-07 09:00", false, TZ);
    expect(isListInstant(read)).toBe(true);
    expect(listTimeToType(read, TZ)).toBe("2026-12-07 09:00");
    expect(listTimeToType("2026-12-07T14:00:00Z", TZ)).toBe("2026-12-07 09:00");
    // Not read: JavaScript would take "12/07/2026 09:00" for a time of the browser's zone.
    for (const unread of ["12/07/2026 09:00", "2026-02-30 09:00", "tomorrow"]) {
      expect(isListInstant(unread), unread).toBe(false);
      expect(listTimeToType(unread, TZ)).toBe(unread);
    }
  });
});
