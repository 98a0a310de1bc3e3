import { describe, expect, it } from "vitest";
import { readList } from "./read-list.ts";

describe("readList", () => {
  it("reads OPSCOM's column names whatever their capitals and spacing, and names the columns it leaves", async () => {
    const list = await readList(
      "Licence Plate,parkingzonename,StartDateUtc,end_date_utc,Amount,CurrencyID,TicketNumber,Notes\n" +
        "ab123,Lot 4,2026-07-02T13:00:00Z,2026-07-02T15:00:00Z,6.00,CAD,T-1,VIP\n",
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
    expect((await readList("plate\nAB123\n\nCD456\n")).rows).toEqual([
      { plate: "AB123" },
      { plate: "CD456" },
    ]);
    expect((await readList("AB123\r\n  CD456  \r\n\r\n")).rows).toEqual([
      { plate: "AB123" },
      { plate: "CD456" },
    ]);
  });

  it("reads rows pasted from a spreadsheet, parted by tabs, and leaves a row's blank cells to the list's values", async () => {
    const list = await readList("LicencePlate\tzone\nAB123\t\nCD456\tLot 5\n");
    expect(list.rows).toEqual([{ plate: "AB123" }, { plate: "CD456", zone: "Lot 5" }]);
  });

  it("reads nothing from several columns none of which it knows", async () => {
    expect((await readList("name,room\nAda,12\n")).rows).toEqual([]);
  });
});
