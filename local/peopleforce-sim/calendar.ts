export const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` in UTC, the format of PeopleForce's date fields. */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `YYYY-MM-DDTHH:mm:ss.sssZ`, the format of PeopleForce's timestamps. */
export function isoDateTime(ms: number): string {
  return new Date(ms).toISOString();
}
