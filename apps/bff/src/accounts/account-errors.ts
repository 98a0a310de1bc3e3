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

export class UsernameTakenError extends Error {
  readonly problem: Problem;

  constructor(readonly username: string) {
    super(`The username "${username}" is already taken.`);
    this.problem = { code: "username_taken", params: { username } };
    this.name = "UsernameTakenError";
  }
}

export class UserNotFoundError extends Error {
  constructor(readonly userId: string) {
    super(`No user has the id ${userId}.`);
    this.name = "UserNotFoundError";
  }
}

export class ZoneNameTakenError extends Error {
  readonly problem: Problem;

  /** `zoneName` is the existing zone's; `otherCapitals` when the name asked for differs in them. */
  constructor(
    readonly zoneName: string,
    otherCapitals = false,
  ) {
    super(
      otherCapitals
        ? `A zone named "${zoneName}" already exists: names that differ only in capitals are one zone.`
        : `A zone named "${zoneName}" already exists.`,
    );
    this.problem = {
      code: otherCapitals ? "zone_name_taken_other_capitals" : "zone_name_taken",
      params: { zone: zoneName },
    };
    this.name = "ZoneNameTakenError";
  }
}

export class ZoneNotFoundError extends Error {
  constructor(readonly zoneId: string) {
    super(`No zone has the id ${zoneId}.`);
    this.name = "ZoneNotFoundError";
  }
}

export class UnknownZonesError extends Error {
  readonly problem: Problem;

  constructor(readonly zoneNames: string[]) {
    super(
      `${zoneNames.length === 1 ? "This zone does" : "These zones do"} not exist: ${zoneNames
        .map((name) => `"${name}"`)
        .join(", ")}. Zone names must match OPSCOM exactly, including capitals.`,
    );
    this.problem = {
      code: "zones_unknown",
      params: { zones: zoneNames.map((name) => `"${name}"`).join(", "), count: zoneNames.length },
    };
    this.name = "UnknownZonesError";
  }
}
