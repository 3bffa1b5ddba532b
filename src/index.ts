// Scheduled triggers
export { pollPeopleforce } from './handlers/poll-peopleforce';
export { sweepMissedEvents } from './handlers/sweep-missed-events';
// Product events
export { onIssueEvent } from './handlers/on-issue-event';
// Queue consumers
export { syncWorker } from './handlers/sync-worker';
// Admin page
export { adminResolver } from './handlers/admin-resolver';
// Issue panel
export { issuePanelResolver } from './handlers/issue-panel-resolver';
