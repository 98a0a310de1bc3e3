import { describe, expect, it } from "vitest";
import { positionChangesForMove } from "./template-moves.ts";

const list = [
  { id: "a", position: 0 },
  { id: "b", position: 3 },
  { id: "c", position: 7 },
];

describe("moving a template one place", () => {
  it("swaps its position with the template above when moved up", () => {
    expect(positionChangesForMove(list, 1, "up")).toEqual([
      { id: "b", position: 0 },
      { id: "a", position: 3 },
    ]);
  });

  it("swaps its position with the template below when moved down", () => {
    expect(positionChangesForMove(list, 1, "down")).toEqual([
      { id: "b", position: 7 },
      { id: "c", position: 3 },
    ]);
  });

  it("changes nothing past either end of the list", () => {
    expect(positionChangesForMove(list, 0, "up")).toEqual([]);
    expect(positionChangesForMove(list, 2, "down")).toEqual([]);
    expect(positionChangesForMove(list, 5, "up")).toEqual([]);
  });

  it("parts two templates that share a position, the moved one first when moved up", () => {
    const tied = [
      { id: "a", position: 2 },
      { id: "b", position: 2 },
    ];
    expect(positionChangesForMove(tied, 1, "up")).toEqual([{ id: "a", position: 3 }]);
    expect(positionChangesForMove(tied, 0, "down")).toEqual([{ id: "a", position: 3 }]);
  });

  it("parts them downwards when the highest position is taken", () => {
    const tied = [
      { id: "a", position: 9999 },
      { id: "b", position: 9999 },
    ];
    expect(positionChangesForMove(tied, 1, "up")).toEqual([{ id: "b", position: 9998 }]);
  });
});
