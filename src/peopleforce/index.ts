export {
  DEFAULT_PEOPLEFORCE_BASE_URL,
  PeopleForceClient,
  type ConnectionTestResult,
  type CreateTaskInput,
  type EmployeeLookup,
  type PeopleForceClientOptions,
  type TaskPage,
} from './client';
export {
  PeopleForceEmployeeSchema,
  type PeopleForceEmployee,
  type PeopleForceNamedRef,
} from './employee.schema';
export { isPeopleForceError, PeopleForceError, type PeopleForceErrorCode } from './errors';
export type { MalformedRecord } from './parse-records';
export {
  PeopleForcePersonSchema,
  PeopleForceTaskSchema,
  type PeopleForcePerson,
  type PeopleForceTask,
} from './task.schema';
