import type { Problem } from "@permit-desk/schema";

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
