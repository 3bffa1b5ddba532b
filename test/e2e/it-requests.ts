import type { PeopleForceSimulatorControl, SimTask } from '../../local/peopleforce-sim';
import type { Rule } from '../../src/config/schema';

/**
 * The browser scenario's data: IT requests raised as PeopleForce tasks whose description names the Jira
 * Request category (`customfield_10060`, a required select of the IT project: Hardware, Software, Access,
 * Other). A rule maps the category from the description with a template, so a request naming a category Jira
 * does not offer ("Parking") fails and lands in the error queue, until the mapping is changed to a fixed value.
 */
export const IT_PREFIX = 'IT:';
export const SUMMARY_TEMPLATE = '[PeopleForce] {{title}}';
export const CATEGORY_TEMPLATE = '{{description_plain}}';
export const CATEGORY_FIELD = 'customfield_10060';
export const FIXED_CATEGORY = 'Access';
export const REFUSED_CATEGORY = 'Parking';

export interface ItRequest {
  title: string;
  category: string;
}

export const IT_REQUESTS: readonly ItRequest[] = [
  { title: `${IT_PREFIX} New laptop`, category: 'Hardware' },
  { title: `${IT_PREFIX} VPN access`, category: 'Access' },
  { title: `${IT_PREFIX} Parking permit`, category: REFUSED_CATEGORY },
];

export function addItRequests(control: PeopleForceSimulatorControl): SimTask[] {
  return IT_REQUESTS.map((request) =>
    control.addTask({ title: request.title, description: `<p>${request.category}</p>` }),
  );
}

/** The rule as the scenario builds it on the page, for callers that seed it without the page. */
export function itRequestsRule(): Rule {
  return {
    id: 'it-requests',
    name: 'IT requests',
    enabled: true,
    conditions: [{ field: 'title', operator: 'startsWith', values: [IT_PREFIX], caseSensitive: false }],
    action: {
      type: 'sync',
      projectKey: 'IT',
      issueTypeId: '10003',
      fieldMappings: [
        { fieldId: 'summary', source: { kind: 'template', template: SUMMARY_TEMPLATE } },
        { fieldId: CATEGORY_FIELD, source: { kind: 'template', template: CATEGORY_TEMPLATE } },
      ],
    },
  };
}
