import { DAY_MS, isoDate, isoDateTime } from './calendar';
import type { SimAssociatedRef, SimCandidate, SimEmployee, SimPersonRef, SimTask } from './company.types';
import { monthNames } from './company-vocabulary';
import type { SeededRandom } from './seeded-random';
import { buildTaskDescription } from './task-description';
import { taskTemplates, type AssigneeRole, type TaskSubject, type TaskTemplate } from './task-templates';

export interface TaskGenerationInput {
  count: number;
  completedRatio: number;
  firstId: number;
  referenceMs: number;
  domain: string;
  employees: readonly SimEmployee[];
  candidates: readonly SimCandidate[];
}

/** Tasks are spread over the half year before the reference date; ids grow with creation time, with gaps. */
const HISTORY_MS = 180 * DAY_MS;
const typeWeights = { 'Tasks::Onboarding': 45, 'Tasks::Offboarding': 20, 'Tasks::General': 35 };

interface Subject {
  ref: SimAssociatedRef | null;
  employee: SimEmployee | null;
}

export function generateTasks(random: SeededRandom, input: TaskGenerationInput): SimTask[] {
  const people = new PeoplePools(input.employees, input.candidates);
  const pickTemplate = templatePicker(
    taskTemplates.filter((template) => people.hasSubject(template.subject)),
  );
  const tasks: SimTask[] = [];
  let id = input.firstId;
  for (let index = 0; index < input.count; index += 1) {
    const createdMs =
      input.referenceMs - HISTORY_MS + Math.floor(((index + random.next()) * HISTORY_MS) / input.count);
    tasks.push(generateTask(random, { id, createdMs, template: pickTemplate(random), people, input }));
    id += random.int(1, 3);
  }
  return tasks;
}

interface TaskSeed {
  id: number;
  createdMs: number;
  template: TaskTemplate;
  people: PeoplePools;
  input: TaskGenerationInput;
}

function generateTask(random: SeededRandom, seed: TaskSeed): SimTask {
  const { template, people, input, createdMs } = seed;
  const subject = people.subject(random, template.subject);
  const assignee = people.assignee(random, template.assignee, subject.employee);
  const startsMs = createdMs + random.int(0, 3) * DAY_MS;
  const endsOn = random.chance(0.85) ? isoDate(startsMs + random.int(1, 21) * DAY_MS) : null;
  const description = buildTaskDescription(random, {
    assigneeFirstName: assignee.first_name,
    subjectName: subject.ref?.full_name ?? null,
    dueOn: endsOn,
    domain: input.domain,
    steps: template.steps,
    guide: template.guide,
  });
  const completion = completionTimes(random, createdMs, input);
  return {
    id: seed.id,
    type: template.type,
    title: fillTitle(random, template.title, subject.ref?.full_name ?? '', createdMs, input.employees),
    description: description?.html ?? null,
    description_plain: description?.plain ?? null,
    starts_on: isoDate(startsMs),
    ends_on: endsOn,
    completed: completion.completedMs !== null,
    completed_at: completion.completedMs === null ? null : isoDateTime(completion.completedMs),
    assigned_to: personRef(assignee),
    associated_to: subject.ref,
    created_by: personRef(people.pick(random, 'people')),
    created_at: isoDateTime(createdMs),
    updated_at: isoDateTime(completion.updatedMs),
  };
}

/** A type by weight (among the types the company has subjects for), then a template of that type. */
function templatePicker(templates: readonly TaskTemplate[]): (random: SeededRandom) => TaskTemplate {
  const byType = Object.entries(typeWeights)
    .map(([type, weight]) => ({ weight, templates: templates.filter((template) => template.type === type) }))
    .filter((group) => group.templates.length > 0);
  return (random) => random.pick(random.weighted(byType).templates);
}

function completionTimes(random: SeededRandom, createdMs: number, input: TaskGenerationInput) {
  const untilNow = input.referenceMs - createdMs;
  if (random.chance(input.completedRatio)) {
    const completedMs = Math.min(
      input.referenceMs,
      createdMs + Math.max(60_000, Math.floor(random.next() * untilNow)),
    );
    return { completedMs, updatedMs: Math.min(input.referenceMs, completedMs + random.int(0, 5_000)) };
  }
  const editedLater = random.chance(0.25);
  const updatedMs = editedLater
    ? createdMs + Math.floor(random.next() * untilNow)
    : createdMs + random.int(1, 90) * 1000;
  return { completedMs: null, updatedMs: Math.max(createdMs, Math.min(input.referenceMs, updatedMs)) };
}

function fillTitle(
  random: SeededRandom,
  title: string,
  subjectName: string,
  createdMs: number,
  employees: readonly SimEmployee[],
): string {
  const created = new Date(createdMs);
  return title
    .replace('{name}', subjectName)
    .replace('{department}', random.pick(employees).department.name)
    .replace('{month}', monthNames[created.getUTCMonth()] ?? '')
    .replace('{quarter}', String(Math.floor(created.getUTCMonth() / 3) + 1))
    .replace('{year}', String(created.getUTCFullYear()));
}

function personRef(employee: SimEmployee): SimPersonRef {
  return { id: employee.id, full_name: employee.full_name, email: employee.email };
}

/** The groups tasks are drawn from, computed once per company so that 10,000 tasks stay fast. */
class PeoplePools {
  private readonly byId: Map<number, SimEmployee>;
  private readonly active: SimEmployee[];
  private readonly teams: Record<'people' | 'it' | 'finance', SimEmployee[]>;
  private readonly newHires: SimEmployee[];
  private readonly leavers: SimEmployee[];

  constructor(
    private readonly employees: readonly SimEmployee[],
    private readonly candidates: readonly SimCandidate[],
  ) {
    this.byId = new Map(employees.map((employee) => [employee.id, employee]));
    this.active = employees.filter((employee) => employee.active);
    const team = (name: string) => this.active.filter((employee) => employee.department.name === name);
    this.teams = { people: team('People'), it: team('IT'), finance: team('Finance') };
    this.newHires = employees.filter(
      (employee) => employee.status === 'hired' || employee.status === 'probation',
    );
    this.leavers = employees.filter((employee) => employee.status === 'terminated');
  }

  hasSubject(subject: TaskSubject): boolean {
    if (subject === 'new-hire') return this.newHires.length > 0;
    if (subject === 'leaver') return this.leavers.length > 0;
    if (subject === 'candidate') return this.candidates.length > 0;
    return true;
  }

  subject(random: SeededRandom, subject: TaskSubject): Subject {
    if (subject === 'candidate') {
      const candidate = random.pick(this.candidates);
      return { ref: { ...candidate, type: 'Candidate' }, employee: null };
    }
    if (subject === 'none') return { ref: null, employee: null };
    const employee = random.pick(subject === 'new-hire' ? this.newHires : this.leavers);
    return {
      ref: { id: employee.id, type: 'Employee', full_name: employee.full_name, email: employee.email },
      employee,
    };
  }

  assignee(random: SeededRandom, role: AssigneeRole, subject: SimEmployee | null): SimEmployee {
    if (role === 'subject' && subject) return subject;
    if (role === 'manager') {
      const manager = subject?.reporting_to ? this.byId.get(subject.reporting_to.id) : undefined;
      if (manager?.active) return manager;
    }
    return this.pick(
      random,
      role === 'it' || role === 'finance' ? role : role === 'anyone' ? 'anyone' : 'people',
    );
  }

  /** A member of the team, or of the People team, or anyone: small companies lack some teams. */
  pick(random: SeededRandom, team: 'people' | 'it' | 'finance' | 'anyone'): SimEmployee {
    const candidates = [team === 'anyone' ? this.active : this.teams[team], this.teams.people, this.active];
    const pool = candidates.find((members) => members.length > 0) ?? this.employees;
    return random.pick(pool);
  }
}
