import { describe, expect, it } from "vitest";
import { listsMessages } from "./messages.ts";

describe("the columns read", () => {
  it("end with one full stop when the last column's name ends with its own, in both languages", () => {
    const columns = "Plate, Permit no.";
    expect(listsMessages.in("en-CA")("columnsRead", { columns, ignored: "" })).toBe(
      "Columns read: Plate, Permit no.",
    );
    expect(
      listsMessages.in("fr-CA")("columnsRead", { columns: "Plaque", ignored: "Notes, Ref." }),
    ).toBe("Colonnes lues : Plaque. Non utilisées : Notes, Ref.");
  });
});
