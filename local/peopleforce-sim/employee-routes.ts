import type { EmployeeStatus, SimEmployee } from './company.types';
import { pageEnvelope, requestedPage } from './page-envelope';
import {
  notFound,
  unprocessable,
  type RouteContext,
  type SimRequest,
  type SimResponse,
} from './route-context';

const statusFilters = ['active', 'all', 'employed', 'terminated', 'hired', 'probation'] as const;

/**
 * `GET /employees?emails[]=&ids[]=&status=&page=`. The query was parsed with URLSearchParams, which decodes
 * `emails%5B%5D` to `emails[]`, so literal and percent-encoded brackets both arrive here as `emails[]`.
 */
export function listEmployees(context: RouteContext, request: SimRequest): SimResponse {
  const status = request.query.get('status') ?? 'active';
  if (!isStatusFilter(status))
    return unprocessable({ status: [`must be one of ${statusFilters.join(', ')}`] });
  const emails = new Set(request.query.getAll('emails[]').map((email) => email.toLowerCase()));
  const ids = new Set(request.query.getAll('ids[]').map(Number));
  const employees = [...context.state.employees.values()].filter(
    (employee) =>
      matchesStatus(employee, status) &&
      (emails.size === 0 || emails.has(employee.email.toLowerCase())) &&
      (ids.size === 0 || ids.has(employee.id)),
  );
  const page = context.faults.ignorePage ? 1 : requestedPage(request.query.get('page'));
  const envelope = pageEnvelope(employees, page, context.pageSize, context.envelope);
  return { status: 200, body: { ...envelope, data: envelope.data.map(listItem) } };
}

/** `GET /employees/{id}`: the full record, `{data: Employee}`. */
export function getEmployee(context: RouteContext, employeeId: number): SimResponse {
  const employee = context.state.employees.get(employeeId);
  if (!employee) return notFound(`Employee ${employeeId}`);
  const directReports = [...context.state.employees.values()]
    .filter((other) => other.reporting_to?.id === employee.id)
    .map((other) => ({
      id: other.id,
      first_name: other.first_name,
      last_name: other.last_name,
      email: other.email,
    }));
  const gender = { id: employee.gender, name: employee.gender === 'female' ? 'Female' : 'Male' };
  return { status: 200, body: { data: { ...employee, gender, fields: {}, direct_reports: directReports } } };
}

function isStatusFilter(status: string): status is (typeof statusFilters)[number] {
  return (statusFilters as readonly string[]).includes(status);
}

function matchesStatus(employee: SimEmployee, filter: (typeof statusFilters)[number]): boolean {
  if (filter === 'all') return true;
  if (filter === 'active') return employee.active;
  return employee.status === (filter satisfies EmployeeStatus);
}

/** The list shows the `EmployeeSimple` fields: no status, termination or timestamps. */
function listItem(employee: SimEmployee) {
  const {
    status: _status,
    termination_effective_on: _terminationDate,
    created_at: _createdAt,
    updated_at: _updatedAt,
    ...simple
  } = employee;
  return simple;
}
