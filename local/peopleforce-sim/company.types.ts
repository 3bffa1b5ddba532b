/**
 * The records the PeopleForce simulator stores and serves, in PeopleForce's wire shape (snake_case, as
 * `GET /api/public/v3/tasks` and `/employees` return them). Deliberately independent of the client's zod
 * schemas in `src/peopleforce`, so the simulator stays an outside oracle for the client.
 */

export type TaskType = 'Tasks::General' | 'Tasks::Onboarding' | 'Tasks::Offboarding';

export interface SimPersonRef {
  id: number;
  full_name: string;
  email: string;
}

export interface SimAssociatedRef extends SimPersonRef {
  type: 'Employee' | 'Candidate';
}

export interface SimTask {
  id: number;
  type: TaskType;
  title: string;
  description: string | null;
  description_plain: string | null;
  starts_on: string | null;
  ends_on: string | null;
  completed: boolean;
  completed_at: string | null;
  assigned_to: SimPersonRef;
  associated_to: SimAssociatedRef | null;
  created_by: SimPersonRef | null;
  created_at: string;
  updated_at: string;
}

export interface SimNamedRef {
  id: number;
  name: string;
}

export type EmployeeStatus = 'hired' | 'probation' | 'employed' | 'terminated';

export interface SimEmployee {
  id: number;
  status: EmployeeStatus;
  active: boolean;
  access: boolean;
  full_name: string;
  first_name: string;
  middle_name: string | null;
  last_name: string;
  email: string;
  personal_email: string;
  mobile_number: string;
  work_phone_number: string | null;
  date_of_birth: string;
  gender: 'male' | 'female';
  avatar_url: string | null;
  hired_on: string;
  probation_ends_on: string | null;
  termination_effective_on: string | null;
  slack_username: string;
  position: SimNamedRef;
  department: SimNamedRef;
  division: SimNamedRef;
  location: SimNamedRef;
  employment_type: SimNamedRef;
  reporting_to: { id: number; first_name: string; last_name: string; email: string } | null;
  created_at: string;
  updated_at: string;
}

export interface SimCandidate {
  id: number;
  full_name: string;
  email: string;
}

export interface Company {
  name: string;
  domain: string;
  employees: SimEmployee[];
  candidates: SimCandidate[];
  tasks: SimTask[];
}
