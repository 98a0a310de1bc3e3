import type { ClientConfig, Template } from "@permit-desk/schema";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { ProblemAlert } from "../../components/ui/problem-alert.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { templatesQueryOptions, zonesQueryOptions } from "../../lib/shared-queries.ts";
import { templatesMessages } from "./messages.ts";
import { TemplateForm } from "./template-form.tsx";
import { editButtonId, TemplateTable } from "./template-table.tsx";

/** Administrators and managers list, add, edit and take templates out of use. */
export function TemplatesPage({ config }: { config: ClientConfig }) {
  const t = useMessages(templatesMessages);
  const templates = useQuery(templatesQueryOptions());
  const zones = useQuery(zonesQueryOptions());
  const [editing, setEditing] = useState<Template | undefined>();
  const [announcement, setAnnouncement] = useState("");
  const failure = templates.error ?? zones.error;
  const activeZones = (zones.data ?? []).filter((zone) => zone.active).map((zone) => zone.name);

  const finishEditing = (template: Template) => {
    setEditing(undefined);
    // The row keeps its id; focus goes back to the button that opened the form.
    requestAnimationFrame(() => document.getElementById(editButtonId(template))?.focus());
  };
  const saved = (template: Template) => {
    if (editing === undefined) {
      setAnnouncement(
        template.number === undefined
          ? t("added", { name: template.name })
          : t("addedNumbered", { name: template.name, number: template.number }),
      );
      return;
    }
    setAnnouncement(t("saved", { name: template.name }));
    finishEditing(template);
  };

  return (
    <div className="space-y-8">
      <PageHeading title={t("title")} />
      <p>{t("intro")}</p>
      <p>{t("keysPerMember")}</p>
      <ProblemAlert title={t("loadFailed")} error={failure} />
      {(templates.isPending || zones.isPending) && !failure && <p role="status">{t("loading")}</p>}
      <p role="status" className="font-semibold text-green-900">
        {announcement}
      </p>
      {templates.data && zones.data && (
        <>
          <TemplateTable
            templates={templates.data}
            onEdit={(template) => {
              setAnnouncement("");
              setEditing(template);
            }}
            onChanged={setAnnouncement}
          />
          <TemplateForm
            key={editing?.id ?? "new"}
            template={editing}
            zones={activeZones}
            config={config}
            onSaved={saved}
            onCancel={() => editing && finishEditing(editing)}
          />
        </>
      )}
    </div>
  );
}
