import type { Template } from "@permit-desk/schema";
import { Button } from "../../components/ui/button.tsx";
import { describeDuration } from "../../lib/duration-words.ts";
import { formatMoney } from "../../lib/i18n/format.ts";
import { useLocale } from "../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { useProblemText } from "../../lib/i18n/problem-text.ts";
import { useChangeTemplate } from "./api.ts";
import { templatesMessages } from "./messages.ts";
import type { MoveDirection } from "./template-moves.ts";

/** The id of a row's Edit button, so that focus can come back to it after editing. */
export const editButtonId = (template: Pick<Template, "id">) => `template-edit-${template.id}`;

/** The id of a row's Move up or Move down button, so that focus can follow the moved row. */
export const moveButtonId = (template: Pick<Template, "id">, direction: MoveDirection) =>
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

export function TemplateRow({ template, onEdit, onChanged, move }: TemplateRowProps) {
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
          : formatMoney(template.amount, template.currency ?? "", locale)}
      </td>
      <td className="py-2 pr-4 font-mono">{template.permitNumberPattern ?? t("noPattern")}</td>
      <td className="py-2 pr-4">{status}</td>
      <td className="py-2">
        <div className="flex flex-wrap gap-2">
          <Button
            id={editButtonId(template)}
            variant="secondary"
            aria-label={t("editLabel", { name })}
            onClick={() => onEdit(template)}
          >
            {t("edit")}
          </Button>
          <Button
            id={moveButtonId(template, "up")}
            variant="secondary"
            disabled={!move.canMoveUp}
            aria-disabled={move.moving || undefined}
            aria-label={t("moveUpLabel", { name })}
            onClick={() => move.moving || move.onMove("up")}
          >
            {t("moveUp")}
          </Button>
          <Button
            id={moveButtonId(template, "down")}
            variant="secondary"
            disabled={!move.canMoveDown}
            aria-disabled={move.moving || undefined}
            aria-label={t("moveDownLabel", { name })}
            onClick={() => move.moving || move.onMove("down")}
          >
            {t("moveDown")}
          </Button>
          <Button
            variant="secondary"
            disabled={changeTemplate.isPending}
            aria-label={t(template.active ? "deactivateLabel" : "reactivateLabel", { name })}
            onClick={toggle}
          >
            {t(template.active ? "deactivate" : "reactivate")}
          </Button>
        </div>
      </td>
    </tr>
  );
}
