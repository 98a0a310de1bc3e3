import { describe, expect, it } from "vitest";
import { historyStatusMessage } from "./history-status.ts";

const loaded = {
  isPending: false,
  isFetchingNextPage: false,
  shown: 50,
  hasMore: true,
  loadedMore: undefined,
};

describe("historyStatusMessage", () => {
  it("says the history is loading", () => {
    expect(historyStatusMessage({ ...loaded, isPending: true })).toBe("Loading permits…");
    expect(historyStatusMessage({ ...loaded, isFetchingNextPage: true })).toBe(
      "Loading more permits…",
    );
  });

  it("counts what is shown, and whether more can be loaded", () => {
    expect(historyStatusMessage(loaded)).toBe(
      "50 permits shown, newest first. More can be loaded.",
    );
    expect(historyStatusMessage({ ...loaded, shown: 1, hasMore: false })).toBe(
      "1 permit shown, newest first.",
    );
  });

  it("says how many more a Load more brought", () => {
    expect(historyStatusMessage({ ...loaded, shown: 62, hasMore: false, loadedMore: 12 })).toBe(
      "Loaded 12 more. 62 permits shown.",
    );
  });

  it("says when nothing matches", () => {
    expect(historyStatusMessage({ ...loaded, shown: 0, hasMore: false })).toBe(
      "No permits match these filters.",
    );
  });
});
