import { DAY_MS, isoDate, isoDateTime } from './calendar';
import type { EmployeeStatus, SimEmployee, SimNamedRef } from './company.types';
import {
  departments,
  divisions,
  employmentTypes,
  firstNames,
  lastNames,
  locations,
} from './company-vocabulary';
import type { SeededRandom } from './seeded-random';

export interface EmployeeGenerationInput {
  count: number;
  domain: string;
  firstId: number;
  referenceMs: number;
}

type Department = (typeof departments)[number];

/**
 * Employees of the demo company. The first employees head one department each (the first is the CEO), so
 * People, IT and Finance exist as soon as there are ten people; the rest join weighted departments and report
 * to their head. A few are new hires (status `hired`/`probation`) and a few have left (`terminated`): the
 * subjects of onboarding and offboarding tasks.
 */
export function generateEmployees(random: SeededRandom, input: EmployeeGenerationInput): SimEmployee[] {
  const usedEmails = new Set<string>();
  const employees: SimEmployee[] = [];
  for (let index = 0; index < input.count; index += 1) {
    const isHead = index < departments.length;
    const department = isHead ? departmentAt(index) : random.weighted(departments.slice(1));
    const manager = isHead ? employees[0] : employees[departments.indexOf(department)];
    const employee = generateEmployee(random, {
      id: input.firstId + index,
      department,
      position: isHead ? department.head : random.pick(department.positions),
      status: isHead ? 'employed' : randomStatus(random),
      input,
      usedEmails,
    });
    employee.reporting_to = manager
      ? { id: manager.id, first_name: manager.first_name, last_name: manager.last_name, email: manager.email }
      : null;
    employees.push(employee);
  }
  return employees;
}

interface EmployeeSeed {
  id: number;
  department: Department;
  position: string;
  status: EmployeeStatus;
  input: EmployeeGenerationInput;
  usedEmails: Set<string>;
}

function generateEmployee(random: SeededRandom, seed: EmployeeSeed): SimEmployee {
  const gender = random.chance(0.5) ? 'female' : 'male';
  const firstName = random.pick(firstNames[gender]);
  const lastName = random.pick(lastNames);
  const location = random.pick(locations);
  const dates = employmentDates(random, seed.status, seed.input.referenceMs);
  const handle = uniqueHandle(`${slug(firstName)}.${slug(lastName)}`, seed.usedEmails);
  return {
    id: seed.id,
    status: seed.status,
    active: seed.status !== 'terminated',
    access: seed.status !== 'terminated',
    full_name: `${firstName} ${lastName}`,
    first_name: firstName,
    middle_name: null,
    last_name: lastName,
    email: `${handle}@${seed.input.domain}`,
    personal_email: `${handle.replace('.', '')}${random.int(1, 99)}@mail.example`,
    mobile_number: `${location.phone} ${random.int(100, 999)} ${random.int(1000, 9999)}`,
    work_phone_number: random.chance(0.3)
      ? `${location.phone} ${random.int(100, 999)} ${random.int(1000, 9999)}`
      : null,
    date_of_birth: isoDate(seed.input.referenceMs - random.int(22 * 365, 60 * 365) * DAY_MS),
    gender,
    avatar_url: random.chance(0.5)
      ? `https://app.peopleforce.io/rails/active_storage/representations/${seed.id}/avatar.png`
      : null,
    hired_on: isoDate(dates.hiredMs),
    probation_ends_on:
      seed.status === 'hired' || seed.status === 'probation' ? isoDate(dates.hiredMs + 90 * DAY_MS) : null,
    termination_effective_on: dates.terminatedMs === null ? null : isoDate(dates.terminatedMs),
    slack_username: handle,
    position: namedRef(positionId(seed.department, seed.position), seed.position),
    department: namedRef(100 + departments.indexOf(seed.department) + 1, seed.department.name),
    division: namedRef(10 + divisions.indexOf(seed.department.division) + 1, seed.department.division),
    location: namedRef(300 + locations.indexOf(location) + 1, location.name),
    employment_type: employmentType(random),
    reporting_to: null,
    created_at: isoDateTime(dates.createdMs),
    updated_at: isoDateTime(dates.createdMs + random.int(1, 30) * DAY_MS),
  };
}

function departmentAt(index: number): Department {
  const department = departments[index];
  if (!department) throw new RangeError(`no department at index ${index}`);
  return department;
}

function randomStatus(random: SeededRandom): EmployeeStatus {
  const roll = random.next();
  if (roll < 0.06) return 'hired';
  if (roll < 0.14) return 'probation';
  if (roll < 0.22) return 'terminated';
  return 'employed';
}

/** Hire (and leave) dates that agree with the status: `hired` starts in the coming weeks, and so on. */
function employmentDates(random: SeededRandom, status: EmployeeStatus, referenceMs: number) {
  const daysAgo = (min: number, max: number) => referenceMs - random.int(min, max) * DAY_MS;
  const hiredMs =
    status === 'hired'
      ? referenceMs + random.int(3, 30) * DAY_MS
      : status === 'probation'
        ? daysAgo(10, 80)
        : daysAgo(120, 8 * 365);
  const terminatedMs = status === 'terminated' ? daysAgo(0, 60) : null;
  const createdMs = Math.min(hiredMs, referenceMs) - random.int(5, 40) * DAY_MS;
  return { hiredMs, terminatedMs, createdMs };
}

function employmentType(random: SeededRandom): SimNamedRef {
  const roll = random.next();
  const index = roll < 0.85 ? 0 : roll < 0.93 ? 1 : 2;
  return namedRef(400 + index + 1, employmentTypes[index]);
}

function positionId(department: Department, position: string): number {
  const departmentIndex = departments.indexOf(department);
  const positionIndex = (department.positions as readonly string[]).indexOf(position);
  return 1000 + departmentIndex * 20 + positionIndex + 1;
}

function namedRef(id: number, name: string): SimNamedRef {
  return { id, name };
}

function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

function uniqueHandle(base: string, used: Set<string>): string {
  let handle = base;
  for (let suffix = 2; used.has(handle); suffix += 1) handle = `${base}${suffix}`;
  used.add(handle);
  return handle;
}
