import type { Company, SimCandidate } from './company.types';
import { companyNames, firstNames, lastNames } from './company-vocabulary';
import { generateEmployees } from './generate-employees';
import { generateTasks } from './generate-tasks';
import { SeededRandom } from './seeded-random';

export interface GenerateCompanyOptions {
  seed: number;
  employees?: number;
  tasks?: number;
  /** Share of tasks already completed, 0–1. */
  completedRatio?: number;
  /** Id of the oldest task; later tasks get larger ids. */
  startId?: number;
  /** "Now" for the generated history (ISO timestamp). Fixed by default so that a seed always gives the same company. */
  referenceDate?: string;
}

export const DEFAULT_REFERENCE_DATE = '2026-03-02T09:00:00.000Z';
const FIRST_EMPLOYEE_ID = 1001;
const FIRST_CANDIDATE_ID = 50001;

/** A deterministic demo company: the same options always give the same employees, candidates and tasks. */
export function generateCompany(options: GenerateCompanyOptions): Company {
  const settings = validated(options);
  const random = new SeededRandom(settings.seed);
  const identity = random.pick(companyNames);
  const employees = generateEmployees(random, {
    count: settings.employees,
    domain: identity.domain,
    firstId: FIRST_EMPLOYEE_ID,
    referenceMs: settings.referenceMs,
  });
  const candidates = generateCandidates(random, Math.max(3, Math.round(settings.employees / 5)));
  const tasks = generateTasks(random, {
    count: settings.tasks,
    completedRatio: settings.completedRatio,
    firstId: settings.startId,
    referenceMs: settings.referenceMs,
    domain: identity.domain,
    employees,
    candidates,
  });
  return { name: identity.name, domain: identity.domain, employees, candidates, tasks };
}

function validated(options: GenerateCompanyOptions) {
  const settings = {
    seed: options.seed,
    employees: options.employees ?? 40,
    tasks: options.tasks ?? 200,
    completedRatio: options.completedRatio ?? 0.35,
    startId: options.startId ?? 7_650_001,
    referenceMs: Date.parse(options.referenceDate ?? DEFAULT_REFERENCE_DATE),
  };
  if (!Number.isInteger(settings.employees) || settings.employees < 1) {
    throw new RangeError(`generateCompany needs at least one employee, got ${settings.employees}`);
  }
  if (!Number.isInteger(settings.tasks) || settings.tasks < 0) {
    throw new RangeError(`generateCompany needs a task count >= 0, got ${settings.tasks}`);
  }
  if (!(settings.completedRatio >= 0 && settings.completedRatio <= 1)) {
    throw new RangeError(`completedRatio must be between 0 and 1, got ${settings.completedRatio}`);
  }
  if (!Number.isInteger(settings.startId) || settings.startId < 1) {
    throw new RangeError(`startId must be a positive integer, got ${settings.startId}`);
  }
  if (Number.isNaN(settings.referenceMs))
    throw new RangeError(`referenceDate is not a date: ${options.referenceDate ?? ''}`);
  return settings;
}

function generateCandidates(random: SeededRandom, count: number): SimCandidate[] {
  return Array.from({ length: count }, (_unused, index) => {
    const firstName = random.pick(random.chance(0.5) ? firstNames.female : firstNames.male);
    const lastName = random.pick(lastNames);
    const handle = `${firstName}.${lastName}`
      .normalize('NFD')
      .replace(/[^A-Za-z.]/g, '')
      .toLowerCase();
    return {
      id: FIRST_CANDIDATE_ID + index,
      full_name: `${firstName} ${lastName}`,
      email: `${handle}${index}@mail.example`,
    };
  });
}
