/** One option of a select: what the admin reads and the value stored in the configuration. */
export interface Choice {
  label: string;
  value: string;
}
