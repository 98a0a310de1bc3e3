import { type Problem, problemAsText, problemOfIssue } from "@permit-desk/schema";

/** A value an account, zone or template cannot hold, and the problem a member is told. */
export class InvalidValueError extends RangeError {
  constructor(readonly problem: Problem) {
    super(problemAsText(problem));
    this.name = "InvalidValueError";
  }

  /** The first problem of a failed parse, or `invalid_input` when it names none. */
  static of(error: { issues: ReadonlyArray<{ message: string }> }): InvalidValueError {
    const [first] = error.issues;
    return new InvalidValueError(
      first === undefined ? { code: "invalid_input" } : problemOfIssue(first),
    );
  }
}

/** The problem behind a refused value; a RangeError from elsewhere says no more than that. */
export function problemOfRangeError(error: RangeError): Problem {
  return error instanceof InvalidValueError ? error.problem : { code: "invalid_input" };
}
