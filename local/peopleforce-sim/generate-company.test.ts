import { generateCompany } from './generate-company';
import { htmlToPlain } from './html-to-plain';

describe('generateCompany', () => {
  it('gives the same company for the same seed and options', () => {
    const first = generateCompany({ seed: 42, employees: 30, tasks: 150 });
    const second = generateCompany({ seed: 42, employees: 30, tasks: 150 });
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('gives a different company for a different seed', () => {
    const first = generateCompany({ seed: 1, employees: 30, tasks: 50 });
    const second = generateCompany({ seed: 2, employees: 30, tasks: 50 });
    expect(second.tasks.map((task) => task.title)).not.toEqual(first.tasks.map((task) => task.title));
  });

  it('creates the requested numbers, starting at startId, with ids growing with creation time', () => {
    const company = generateCompany({ seed: 3, employees: 25, tasks: 400, startId: 9000 });
    expect(company.employees).toHaveLength(25);
    expect(company.tasks).toHaveLength(400);
    expect(company.tasks[0]?.id).toBe(9000);
    company.tasks.slice(1).forEach((task, index) => {
      const previous = company.tasks[index]!;
      expect(task.id).toBeGreaterThan(previous.id);
      expect(Date.parse(task.created_at)).toBeGreaterThan(Date.parse(previous.created_at));
    });
  });

  it('completes about the requested share of tasks, with consistent timestamps', () => {
    const company = generateCompany({ seed: 4, tasks: 2000, completedRatio: 0.3 });
    const completed = company.tasks.filter((task) => task.completed);
    expect(completed.length / company.tasks.length).toBeGreaterThan(0.26);
    expect(completed.length / company.tasks.length).toBeLessThan(0.34);
    for (const task of company.tasks) {
      expect(task.completed_at !== null).toBe(task.completed);
      expect(Date.parse(task.updated_at)).toBeGreaterThanOrEqual(Date.parse(task.created_at));
      if (task.completed_at)
        expect(Date.parse(task.completed_at)).toBeGreaterThanOrEqual(Date.parse(task.created_at));
      if (task.ends_on && task.starts_on) expect(task.ends_on >= task.starts_on).toBe(true);
    }
  });

  it('writes HR tasks of every type, about real people, with company emails', () => {
    const company = generateCompany({ seed: 5, employees: 40, tasks: 600 });
    const types = new Set(company.tasks.map((task) => task.type));
    expect(types).toEqual(new Set(['Tasks::General', 'Tasks::Onboarding', 'Tasks::Offboarding']));
    const employeeEmails = new Set(company.employees.map((employee) => employee.email));
    for (const task of company.tasks) {
      expect(employeeEmails.has(task.assigned_to.email)).toBe(true);
      expect(task.assigned_to.email.endsWith(`@${company.domain}`)).toBe(true);
    }
    expect(company.tasks.some((task) => task.associated_to?.type === 'Candidate')).toBe(true);
    expect(company.tasks.some((task) => task.associated_to?.type === 'Employee')).toBe(true);
    expect(company.tasks.some((task) => task.title.startsWith('Prepare laptop for '))).toBe(true);
    expect(company.tasks.some((task) => task.title.startsWith('Revoke access: '))).toBe(true);
  });

  it('gives unique work emails and a department, position and manager to every employee but the CEO', () => {
    const company = generateCompany({ seed: 6, employees: 300, tasks: 0 });
    expect(new Set(company.employees.map((employee) => employee.email)).size).toBe(300);
    const [ceo, ...others] = company.employees;
    expect(ceo?.reporting_to).toBeNull();
    for (const employee of others) {
      expect(employee.reporting_to).not.toBeNull();
      expect(employee.department.name).not.toBe('');
      expect(employee.position.name).not.toBe('');
      expect(employee.active).toBe(employee.status !== 'terminated');
    }
  });

  it('writes descriptions with the rich-text shapes the HTML conversion must handle', () => {
    const descriptions = generateCompany({ seed: 7, tasks: 1000 }).tasks.map((task) => task.description);
    const html = descriptions.filter((description): description is string => typeof description === 'string');
    for (const shape of [
      '<p>',
      '<strong>',
      '<ul>',
      '<ol>',
      '<a href=',
      '&nbsp;',
      '<table>',
      '<img ',
      '.pdf">',
    ]) {
      expect(html.some((description) => description.includes(shape))).toBe(true);
    }
    expect(descriptions).toContain(null);
    expect(descriptions).toContain('');
  });

  it('gives each description the description_plain that htmlToPlain derives from its HTML', () => {
    const tasks = generateCompany({ seed: 8, tasks: 500 }).tasks;
    for (const task of tasks) {
      expect(task.description_plain).toBe(task.description === null ? null : htmlToPlain(task.description));
    }
    expect(tasks.some((task) => task.description_plain?.includes('• '))).toBe(true);
  });

  // CPU time, not wall time: other processes on a busy machine must not fail this test.
  it('generates 10,000 tasks with under a second of CPU time', () => {
    const before = process.cpuUsage();
    const company = generateCompany({ seed: 9, employees: 500, tasks: 10_000 });
    const used = process.cpuUsage(before);
    expect(company.tasks).toHaveLength(10_000);
    expect((used.user + used.system) / 1000).toBeLessThan(1000);
  });

  it('refuses options it cannot honour', () => {
    expect(() => generateCompany({ seed: 1, employees: 0 })).toThrow(/at least one employee/);
    expect(() => generateCompany({ seed: 1, completedRatio: 1.5 })).toThrow(/completedRatio/);
    expect(() => generateCompany({ seed: 1, startId: 0 })).toThrow(/startId/);
  });
});
