import { describe, expect, it } from "vitest";
import { historySearchFromState, permitRecordHref } from "./permit-record-href.ts";

describe("permitRecordHref", () => {
  it("escapes the id", () => {
    expect(permitRecordHref("a/b c")).toBe("/history/a%2Fb%20c");
  });
});

describe("historySearchFromState", () => {
  it("gives the query string the record was opened from", () => {
    expect(historySearchFromState({ historySearch: "plate=AB" })).toBe("plate=AB");
  });

  it("gives none when the page was opened another way", () => {
    expect(historySearchFromState(null)).toBe("");
    expect(historySearchFromState({ historySearch: 3 })).toBe("");
    expect(historySearchFromState("plate=AB")).toBe("");
  });
});
