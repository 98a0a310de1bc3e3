export class TemplateNotFoundError extends Error {
  constructor(readonly templateId: string) {
    super(`No template has the id ${templateId}.`);
    this.name = "TemplateNotFoundError";
  }
}

export class TemplateNameTakenError extends Error {
  constructor(
    readonly templateName: string,
    readonly zoneName: string,
  ) {
    super(`${zoneName} already has a template named "${templateName}".`);
    this.name = "TemplateNameTakenError";
  }
}
