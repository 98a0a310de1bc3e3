import { TEMPLATE_POSITION_MAX, type Template } from "@permit-desk/schema";

export type MoveDirection = "up" | "down";
export type PositionChange = { id: string; position: number };

type Placed = Pick<Template, "id" | "position">;

/**
 * The positions to save so that the template at `index` trades places with its neighbour: the
 * two swap positions, and two that share one (the list then orders them by name) are parted.
 * Only positions that change are given.
 */
export function positionChangesForMove(
  templates: readonly Placed[],
  index: number,
  direction: MoveDirection,
): PositionChange[] {
  const neighbourIndex = direction === "up" ? index - 1 : index + 1;
  const moved = templates[index];
  const neighbour = templates[neighbourIndex];
  if (moved === undefined || neighbour === undefined) return [];
  const first = direction === "up" ? moved : neighbour;
  const low = Math.min(moved.position, neighbour.position);
  const high = Math.max(moved.position, neighbour.position);
  const [firstPosition, secondPosition] =
    low < high ? [low, high] : high < TEMPLATE_POSITION_MAX ? [low, low + 1] : [high - 1, high];
  const positionOf = (template: Placed) => (template === first ? firstPosition : secondPosition);
  return [moved, neighbour]
    .map((template) => ({ template, position: positionOf(template) }))
    .filter(({ template, position }) => position !== template.position)
    .map(({ template, position }) => ({ id: template.id, position }));
}
