import type { Template } from "@permit-desk/schema";
import { useEffect, useState } from "react";
import { useMessages } from "../../lib/i18n/messages.ts";
import { useProblemText } from "../../lib/i18n/problem-text.ts";
import { useMoveTemplate } from "./api.ts";
import { templatesMessages } from "./messages.ts";
import { type MoveDirection, positionChangesForMove } from "./template-moves.ts";
import { moveButtonId, TemplateRow } from "./template-row.tsx";

type TemplateTableProps = {
  templates: readonly Template[];
  onEdit: (template: Template) => void;
  onChanged: (message: string) => void;
};

const COLUMNS = [
  "columnNumber",
  "columnName",
  "columnZone",
  "columnDuration",
  "columnPrice",
  "columnPermitNumber",
  "columnStatus",
  "columnActions",
] as const;

type Moved = { template: Template; index: number; direction: MoveDirection };

export function TemplateTable({ templates, onEdit, onChanged }: TemplateTableProps) {
  const t = useMessages(templatesMessages);
  const problemText = useProblemText();
  const moveTemplate = useMoveTemplate();
  const [moved, setMoved] = useState<Moved | undefined>();
  const [notMoved, setNotMoved] = useState<Template | undefined>();

  // Once the list reads in its new order, focus stays on the moved row's button, or on the
  // other one when the row reached an end of the list.
  useEffect(() => {
    if (moved === undefined || templates[moved.index]?.id !== moved.template.id) return;
    const atEnd =
      moved.direction === "up" ? moved.index === 0 : moved.index === templates.length - 1;
    const direction = atEnd ? (moved.direction === "up" ? "down" : "up") : moved.direction;
    document.getElementById(moveButtonId(moved.template, direction))?.focus();
    setMoved(undefined);
  }, [templates, moved]);

  const move = async (index: number, direction: MoveDirection) => {
    const template = templates[index];
    const changes = positionChangesForMove(templates, index, direction);
    if (template === undefined || changes.length === 0 || moveTemplate.isPending) return;
    setNotMoved(undefined);
    try {
      await moveTemplate.mutateAsync(changes);
    } catch {
      setNotMoved(template);
      return;
    }
    const newIndex = direction === "up" ? index - 1 : index + 1;
    onChanged(
      t(direction === "up" ? "movedUp" : "movedDown", {
        name: template.name,
        place: newIndex + 1,
        count: templates.length,
      }),
    );
    setMoved({ template, index: newIndex, direction });
  };

  if (templates.length === 0) return <p>{t("none")}</p>;
  return (
    <div className="space-y-2">
      {notMoved !== undefined && moveTemplate.isError && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {t("moveFailed", { name: notMoved.name, reason: problemText(moveTemplate.error) })}
        </p>
      )}
      <table className="w-full text-sm">
        <caption className="sr-only">{t("listCaption")}</caption>
        <thead>
          <tr className="text-left">
            {COLUMNS.map((column) => (
              <th key={column} scope="col" className="py-2 pr-4">
                {t(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {templates.map((template, index) => (
            <TemplateRow
              key={template.id}
              template={template}
              onEdit={onEdit}
              onChanged={onChanged}
              move={{
                canMoveUp: index > 0,
                canMoveDown: index < templates.length - 1,
                moving: moveTemplate.isPending,
                onMove: (direction) => move(index, direction),
              }}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
