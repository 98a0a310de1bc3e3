import type { Problem } from "@permit-desk/schema";

export class TemplateNotFoundError extends Error {
  constructor(readonly templateId: string) {
    super(`No template has the id ${templateId}.`);
    this.name = "TemplateNotFoundError";
  }
}

export class TemplateNameTakenError extends Error {
  readonly problem: Problem;

  constructor(
    readonly templateName: string,
    readonly zoneName: string,
  ) {
    super(`${zoneName} already has a template named "${templateName}".`);
    this.problem = { code: "template_name_taken", params: { zone: zoneName, name: templateName } };
    this.name = "TemplateNameTakenError";
  }
}
