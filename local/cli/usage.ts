/** `npm run cli -- help`: every command and variable in one screen; docs/cli.md has the examples. */
export const USAGE = `PeopleForce ⇄ Jira Sync, local command line: the app's real handlers in the local Forge host.

Usage: npm run cli -- <command> [options]        (npm start = npm run cli -- serve)

Commands
  sync [--config FILE] [--dry-run] [--yes]  one scheduled poll, then its queue continuations until idle;
                                            --config validates and saves FILE first (nothing is saved if it
                                            is invalid); --dry-run prints what would happen and writes nothing.
                                            The last line is one JSON object with the run's counts.
  event FILE [--yes]                        deliver a Jira product event (JSON as Forge delivers it) to the
                                            issue trigger, then any queue work it schedules
  sweep [--yes]                             one run of the missed-event sweep
  adopt [--label L] [--property-key K] [--dry-run] [--yes]
                                            adopt the issues a previous integration left in Jira
                                            (default label PeopleForce, property pf_sync_metadata):
                                            link them as ours so no sync creates a second issue;
                                            --dry-run prints the same counts and writes nothing
  invoke KEY [JSON|FILE] [--yes]            call an admin resolver function as a Jira administrator and
                                            print its JSON answer (e.g. invoke getHistory '{"limit":5}')
  serve [--interval S] [--port P] [--yes]   run the app continuously with the admin page (npm start)
  status [--runs N] [--json]                the stored run history, error queue and alerts
  trail TASK_ID|ISSUE_KEY [--json]          everything the app did to one task, newest first, with the
                                            task as last synced and its error queue entry
  help                                      this text

  --yes confirms writes to a Jira or PeopleForce that is not on this machine (sync, adopt, serve, invoke
  syncNow and retryErrors write to Jira; event and sweep to PeopleForce). At a terminal the command asks instead.

Options for every command
  --verbose, -v   show every app log line and the host's invocation lines on stderr

Environment (all optional; unset means the embedded simulators)
  PEOPLEFORCE_URL       base URL that requests for https://app.peopleforce.io are sent to
  PEOPLEFORCE_API_KEY   stored as the app's secret before the command runs
  JIRA_URL              a Jira Cloud site or a compatible server
  JIRA_EMAIL            with JIRA_API_TOKEN: basic auth for JIRA_URL
  JIRA_API_TOKEN        never printed
  LOCAL_STATE_DIR       folder of the emulated Forge storage, shared by successive commands

Exit codes: 0 done, 1 the run had failures (listed), 2 usage or configuration error, 3 a system unreachable.
See docs/cli.md.`;
