/**
 * What the clerk typed into the plate while the form itself was still loading: the page's
 * placeholder keeps it here, and the form takes it over once, when it appears.
 */
let typedAhead = "";

export function rememberTypedAheadPlate(text: string): void {
  typedAhead = text;
}

/** What was typed so far, left in place: a placeholder shown again starts from it. */
export function peekTypedAheadPlate(): string {
  return typedAhead;
}

export function takeTypedAheadPlate(): string {
  const text = typedAhead;
  typedAhead = "";
  return text;
}

let issueTypedAhead = false;

/** Enter pressed in the placeholder: the form issues as soon as it appears. */
export function rememberTypedAheadIssue(): void {
  issueTypedAhead = true;
}

export function takeTypedAheadIssue(): boolean {
  const requested = issueTypedAhead;
  issueTypedAhead = false;
  return requested;
}
