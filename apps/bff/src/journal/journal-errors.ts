export class JournalEntryNotFoundError extends Error {
  constructor(readonly entryId: string) {
    super(`No journal entry ${entryId}.`);
    this.name = "JournalEntryNotFoundError";
  }
}

/** The entry exists but is in a state that does not allow the change. */
export class JournalStateError extends Error {
  constructor(
    readonly entryId: string,
    readonly state: string,
    action: string,
  ) {
    super(`Journal entry ${entryId} is ${state}: cannot ${action}.`);
    this.name = "JournalStateError";
  }
}

export class InvalidCursorError extends Error {
  constructor() {
    super("The page cursor is not one this journal handed out.");
    this.name = "InvalidCursorError";
  }
}

/** Another change to the permit started, or settled, since the caller read it. */
export class ChangeConflictError extends Error {
  constructor(readonly permitId: string) {
    super(`Permit ${permitId} changed meanwhile, or a change of it is still unsettled.`);
    this.name = "ChangeConflictError";
  }
}
