import { AdoptionReportSchema, type AdoptionReport } from '../config/records';
import type { KvPort } from '../platform/ports';
import { readRecord } from './json-record';
import { storageKeys } from './keys';

/** The last adoption run's report; it is also the progress the admin page follows while a run goes on. */
export function readAdoptionReport(kv: KvPort): Promise<AdoptionReport | null> {
  return readRecord(kv, storageKeys.adoptionReport, AdoptionReportSchema.nullable(), () => null);
}

export async function writeAdoptionReport(kv: KvPort, report: AdoptionReport): Promise<void> {
  await kv.set(storageKeys.adoptionReport, AdoptionReportSchema.parse(report));
}
