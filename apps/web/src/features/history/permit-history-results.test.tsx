import { describe, expect, it } from "vitest";
import { historyMessages } from "./messages.ts";
import { historyStatusMessage } from "./permit-history-results.tsx";

const en = historyMessages.in("en-CA");
const fr = historyMessages.in("fr-CA");

const loaded = {
  isPending: false,
  isFetchingNextPage: false,
  shown: 50,
  hasMore: true,
  loadedMore: undefined,
};

describe("historyStatusMessage", () => {
  it("says the history is loading", () => {
    expect(historyStatusMessage({ ...loaded, isPending: true }, en)).toBe("Loading permits…");
    expect(historyStatusMessage({ ...loaded, isFetchingNextPage: true }, en)).toBe(
      "Loading more permits…",
    );
  });

  it("counts what is shown, and whether more can be loaded", () => {
    expect(historyStatusMessage(loaded, en)).toBe(
      "50 permits shown, newest first. More can be loaded.",
    );
    expect(historyStatusMessage({ ...loaded, shown: 1, hasMore: false }, en)).toBe(
      "1 permit shown, newest first.",
    );
  });

  it("says how many more a Load more brought", () => {
    expect(historyStatusMessage({ ...loaded, shown: 62, hasMore: false, loadedMore: 12 }, en)).toBe(
      "Loaded 12 more. 62 permits shown.",
    );
  });

  it("counts in French, with the singular for one", () => {
    expect(historyStatusMessage({ ...loaded, shown: 1, hasMore: true }, fr)).toBe(
      "1 permis affiché, les plus récents d'abord. D'autres peuvent être chargés.",
    );
    expect(historyStatusMessage({ ...loaded, shown: 62, hasMore: false, loadedMore: 12 }, fr)).toBe(
      "12 permis de plus chargés. 62 permis affichés.",
    );
  });

  it("says when nothing matches", () => {
    expect(historyStatusMessage({ ...loaded, shown: 0, hasMore: false }, en)).toBe(
      "No permits match these filters.",
    );
  });
});
