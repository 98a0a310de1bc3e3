import type { Template } from "@permit-desk/schema";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { templatesMessages } from "../messages.ts";
import { TemplateRow } from "./template-row.tsx";

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

export function TemplateTable({ templates, onEdit, onChanged }: TemplateTableProps) {
  const t = useMessages(templatesMessages);
  if (templates.length === 0) return <p>{t("none")}</p>;
  return (
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
        {templates.map((template) => (
          <TemplateRow
            key={template.id}
            template={template}
            onEdit={onEdit}
            onChanged={onChanged}
          />
        ))}
      </tbody>
    </table>
  );
}
