export class UsernameTakenError extends Error {
  constructor(readonly username: string) {
    super(`The username "${username}" is already taken.`);
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
  constructor(readonly zoneNames: string[]) {
    super(
      `${zoneNames.length === 1 ? "This zone does" : "These zones do"} not exist: ${zoneNames
        .map((name) => `"${name}"`)
        .join(", ")}. Zone names must match OPSCOM exactly, including capitals.`,
    );
    this.name = "UnknownZonesError";
  }
}
