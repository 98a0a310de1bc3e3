import type { Template } from "@permit-desk/schema";
import { useEffect, useState } from "react";
import { Button } from "../../components/ui/button.tsx";
import { describeDuration } from "../../lib/duration-words.ts";
import { formatAmount } from "../../lib/i18n/format.ts";
import { useLocale } from "../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { useProblemText } from "../../lib/i18n/problem-text.ts";
import { useChangeTemplate, useMoveTemplate } from "./api.ts";
import { templatesMessages } from "./messages.ts";
import { type MoveDirection, positionChangesForMove } from "./template-moves.ts";

/** The id of a row's Edit button, so that focus can come back to it after editing. */
export const editButtonId = (template: Pick<Template, "id">) => `template-edit-${template.id}`;

/** The id of a row's Move up or Move down button, so that focus can follow the moved row. */
const moveButtonId = (template: Pick<Template, "id">, direction: MoveDirection) =>
  `template-move-${direction}-${template.id}`;

type RowMove = {
  canMoveUp: boolean;
  canMoveDown: boolean;
  /** A move is being saved: the buttons keep focus but do nothing meanwhile. */
  moving: boolean;
  onMove: (direction: MoveDirection) => void;
};

type TemplateRowProps = {
  template: Template;
  onEdit: (template: Template) => void;
  onChanged: (message: string) => void;
  move: RowMove;
};

function TemplateRow({ template, onEdit, onChanged, move }: TemplateRowProps) {
  const t = useMessages(templatesMessages);
  const { locale } = useLocale();
  const changeTemplate = useChangeTemplate();
  const problemText = useProblemText();
  const { name } = template;
  const status = !template.active
    ? t("statusInactive")
    : template.number === undefined
      ? t("statusZoneInactive")
      : t("statusActive");
  const toggle = () =>
    changeTemplate.mutate(
      { id: template.id, change: { active: !template.active } },
      {
        onSuccess: (saved) => onChanged(t(saved.active ? "reactivated" : "deactivated", { name })),
      },
    );
  return (
    <tr className="border-t border-slate-200 align-top">
      <td className="py-2 pr-4 text-lg font-bold tabular-nums">
        {template.number ?? <span className="text-sm font-normal">{t("notNumbered")}</span>}
      </td>
      <th scope="row" className="py-2 pr-4 text-left font-semibold">
        {name}
        {changeTemplate.isError && (
          <p role="alert" className="mt-1 text-sm font-medium text-red-700">
            {t("changeFailed", { name, reason: problemText(changeTemplate.error) })}
          </p>
        )}
      </th>
      <td className="py-2 pr-4">{template.zone}</td>
      <td className="py-2 pr-4">{describeDuration(template.duration, locale)}</td>
      <td className="py-2 pr-4">
        {template.amount === undefined
          ? t("free")
          : formatAmount(template.amount, template.currency, locale)}
      </td>
      <td className="py-2 pr-4 font-mono">{template.permitNumberPattern ?? t("noPattern")}</td>
      <td className="py-2 pr-4">{status}</td>
      <td className="py-2">
        <div className="flex flex-wrap gap-2">
          <Button
            id={editButtonId(template)}
            variant="secondary"
            aria-label={`${t("edit")} ${name}`}
            onClick={() => onEdit(template)}
          >
            {t("edit")}
          </Button>
          {(["up", "down"] as const).map((direction) => (
            <Button
              key={direction}
              id={moveButtonId(template, direction)}
              variant="secondary"
              disabled={direction === "up" ? !move.canMoveUp : !move.canMoveDown}
              aria-disabled={move.moving || undefined}
              aria-label={`${t(direction === "up" ? "moveUp" : "moveDown")} ${name}`}
              onClick={() => move.moving || move.onMove(direction)}
            >
              {t(direction === "up" ? "moveUp" : "moveDown")}
            </Button>
          ))}
          <Button
            variant="secondary"
            disabled={changeTemplate.isPending}
            aria-label={`${t(template.active ? "deactivate" : "reactivate")} ${name}`}
            onClick={toggle}
          >
            {t(template.active ? "deactivate" : "reactivate")}
          </Button>
        </div>
      </td>
    </tr>
  );
}

type TemplateTableProps = {
  templates: readonly Template[];
  onEdit: (template: Template) => void;
  onChanged: (message: string) => void;
};

const COLUMNS = [
  "columnNumber",
  "name",
  "zone",
  "duration",
  "price",
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
