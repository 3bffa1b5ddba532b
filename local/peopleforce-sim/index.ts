export type { Company, SimCandidate, SimEmployee, SimTask, TaskType } from './company.types';
export { DEFAULT_REFERENCE_DATE, generateCompany, type GenerateCompanyOptions } from './generate-company';
export { createNodeHttpPort } from './node-http-port';
export type { EnvelopeShape } from './page-envelope';
export {
  DEFAULT_SIMULATOR_API_KEY,
  PEOPLEFORCE_API_PREFIX,
  startPeopleForceSimulator,
  type PeopleForceSimulator,
  type PeopleForceSimulatorControl,
  type PeopleForceSimulatorOptions,
  type SimRequestLogEntry,
} from './peopleforce-simulator';
export type { InjectedFailure, TaskPageRewrite } from './simulator-faults';
export type { SimulatorState, TaskPatch } from './simulator-state';
