import { ConfigSchema, type Config } from '../../src/config/schema';

/**
 * The configuration `npm start` begins with, against the simulators' demo site: candidates' tasks stay in
 * PeopleForce, offboarding work goes to IT as access requests, everything else to People Ops (HR).
 */
export function demoConfig(): Config {
  return ConfigSchema.parse({
    rules: [
      {
        id: 'candidates-stay',
        name: 'Candidate tasks stay in PeopleForce',
        conditions: [{ field: 'associatedType', operator: 'equals', values: ['Candidate'] }],
        action: { type: 'drop' },
      },
      {
        id: 'offboarding-to-it',
        name: 'Offboarding to IT',
        conditions: [{ field: 'type', operator: 'equals', values: ['Tasks::Offboarding'] }],
        action: {
          type: 'sync',
          projectKey: 'IT',
          issueTypeId: '10003',
          fieldMappings: [
            {
              fieldId: 'summary',
              source: { kind: 'template', template: '{{title}} — {{associated_to.full_name}}' },
            },
            { fieldId: 'customfield_10060', source: { kind: 'static', value: 'Access' } },
          ],
        },
      },
      {
        id: 'everything-to-hr',
        name: 'Everything else to People Ops',
        conditions: [],
        action: {
          type: 'sync',
          projectKey: 'HR',
          issueTypeId: '10001',
          fieldMappings: [
            { fieldId: 'customfield_10052', source: { kind: 'path', path: 'associated_to.email' } },
          ],
        },
      },
    ],
  });
}
