export { startJiraSimulator, type JiraSimulator, type JiraSimulatorOptions } from './server';
export { defaultJiraSeed, DEFAULT_SEED_IDS, STATUS, type DefaultSeedOptions } from './default-seed';
export type { JiraSimulatorControl, RequestLogEntry, FailureSpec, SimIssueSnapshot } from './control';
export type { SimIssueEvent, IssueEventListener, IssueEventType } from './issue-events';
export type { ChangeItem } from './issue-model';
export { createFetchJiraTransport, type FetchTransportOptions } from './fetch-transport';
export type * from './seed.types';
