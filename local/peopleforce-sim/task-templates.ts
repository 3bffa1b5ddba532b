import type { TaskType } from './company.types';

/** Whom a task is about: a new hire, a leaver, a candidate not yet hired, or nobody in particular. */
export type TaskSubject = 'new-hire' | 'leaver' | 'candidate' | 'none';
/** Who is asked to do it. `subject` is the new hire themself; `manager` is the subject's manager. */
export type AssigneeRole = 'people' | 'it' | 'finance' | 'manager' | 'subject' | 'anyone';

export interface TaskTemplate {
  type: TaskType;
  subject: TaskSubject;
  assignee: AssigneeRole;
  /** Placeholders: {name} (the subject), {department}, {month}, {quarter}, {year}. */
  title: string;
  steps: readonly string[];
  guide: { label: string; path: string } | null;
}

const onboardingGuide = { label: 'onboarding guide', path: '/hr/onboarding' };
const offboardingGuide = { label: 'offboarding checklist', path: '/hr/offboarding' };
const itGuide = { label: 'IT runbook', path: '/it/accounts' };

export const taskTemplates: readonly TaskTemplate[] = [
  {
    type: 'Tasks::Onboarding',
    subject: 'new-hire',
    assignee: 'it',
    title: 'Prepare laptop for {name}',
    guide: itGuide,
    steps: [
      'Pick a MacBook Pro 14" from stock',
      'Install the standard image and MDM profile',
      'Enable FileVault & set a temporary password',
      'Label the charger and the laptop',
    ],
  },
  {
    type: 'Tasks::Onboarding',
    subject: 'new-hire',
    assignee: 'it',
    title: 'Create accounts for {name}: Google Workspace, Slack, Jira',
    guide: itGuide,
    steps: [
      'Create the Google Workspace account',
      'Invite to Slack and the #welcome channel',
      'Add to the Jira group of the team',
      'Send credentials to the personal email',
    ],
  },
  {
    type: 'Tasks::Onboarding',
    subject: 'new-hire',
    assignee: 'subject',
    title: 'Sign NDA',
    guide: onboardingGuide,
    steps: [
      'Read the NDA carefully',
      'Sign it in PeopleForce Documents',
      'Ask People team if anything is unclear',
    ],
  },
  {
    type: 'Tasks::Onboarding',
    subject: 'new-hire',
    assignee: 'subject',
    title: 'Complete your personal profile',
    guide: onboardingGuide,
    steps: ['Upload a profile photo', 'Add an emergency contact', 'Fill in bank details for payroll'],
  },
  {
    type: 'Tasks::Onboarding',
    subject: 'new-hire',
    assignee: 'people',
    title: 'Schedule welcome lunch for {name}',
    guide: null,
    steps: ['Book a table for the team', 'Send a calendar invite', 'Check dietary preferences'],
  },
  {
    type: 'Tasks::Onboarding',
    subject: 'new-hire',
    assignee: 'people',
    title: 'Order access badge for {name}',
    guide: onboardingGuide,
    steps: [
      'Request the badge from building security',
      'Attach the profile photo',
      'Hand it over on day one',
    ],
  },
  {
    type: 'Tasks::Onboarding',
    subject: 'new-hire',
    assignee: 'manager',
    title: 'Assign an onboarding buddy to {name}',
    guide: onboardingGuide,
    steps: ['Pick a buddy from the same team', 'Introduce them by email', 'Book a 30-minute intro call'],
  },
  {
    type: 'Tasks::Onboarding',
    subject: 'new-hire',
    assignee: 'manager',
    title: 'Book 30/60/90-day check-ins with {name}',
    guide: onboardingGuide,
    steps: [
      'Create three recurring 1:1 slots',
      'Share the probation goals',
      'Add notes to the employee profile',
    ],
  },
  {
    type: 'Tasks::Onboarding',
    subject: 'new-hire',
    assignee: 'finance',
    title: 'Add {name} to payroll',
    guide: null,
    steps: ['Check the signed contract', 'Enter salary & bank details', 'Confirm the first pay date'],
  },
  {
    type: 'Tasks::Onboarding',
    subject: 'candidate',
    assignee: 'people',
    title: 'Send offer letter to {name}',
    guide: null,
    steps: [
      'Prepare the offer from the template',
      'Get approval from the hiring manager',
      'Send it with a 5-day deadline',
    ],
  },
  {
    type: 'Tasks::Onboarding',
    subject: 'candidate',
    assignee: 'people',
    title: 'Run background check for {name}',
    guide: null,
    steps: ['Collect consent', 'Order the check from the provider', 'File the result in Documents'],
  },
  {
    type: 'Tasks::Offboarding',
    subject: 'leaver',
    assignee: 'it',
    title: 'Revoke access: {name}',
    guide: offboardingGuide,
    steps: [
      'Suspend the Google Workspace account',
      'Deactivate Slack, GitHub & Jira',
      'Rotate shared passwords in the vault',
      'Transfer Drive files to the manager',
    ],
  },
  {
    type: 'Tasks::Offboarding',
    subject: 'leaver',
    assignee: 'it',
    title: 'Collect laptop from {name}',
    guide: offboardingGuide,
    steps: ['Arrange the return (courier or office)', 'Wipe the device', 'Update the asset register'],
  },
  {
    type: 'Tasks::Offboarding',
    subject: 'leaver',
    assignee: 'people',
    title: 'Conduct exit interview with {name}',
    guide: offboardingGuide,
    steps: [
      'Book 45 minutes before the last day',
      'Use the exit interview form',
      'Share anonymised feedback with the manager',
    ],
  },
  {
    type: 'Tasks::Offboarding',
    subject: 'leaver',
    assignee: 'finance',
    title: 'Process final paycheck for {name}',
    guide: null,
    steps: ['Calculate unused vacation days', 'Include pro-rated bonus', 'Send the payslip'],
  },
  {
    type: 'Tasks::Offboarding',
    subject: 'leaver',
    assignee: 'manager',
    title: 'Plan handover of {name}’s responsibilities',
    guide: offboardingGuide,
    steps: ['List open projects and owners', 'Move recurring meetings', 'Announce the change to the team'],
  },
  {
    type: 'Tasks::General',
    subject: 'none',
    assignee: 'people',
    title: 'Prepare headcount report for {month}',
    guide: null,
    steps: ['Export employees from PeopleForce', 'Reconcile with payroll', 'Share with the leadership team'],
  },
  {
    type: 'Tasks::General',
    subject: 'none',
    assignee: 'people',
    title: 'Update the employee handbook',
    guide: null,
    steps: ['Review the remote work policy', 'Add the new travel policy', 'Publish and announce in Slack'],
  },
  {
    type: 'Tasks::General',
    subject: 'none',
    assignee: 'anyone',
    title: 'Review Q{quarter} goals for {department}',
    guide: null,
    steps: ['Check progress of each objective', 'Flag risks', 'Agree on next quarter priorities'],
  },
  {
    type: 'Tasks::General',
    subject: 'none',
    assignee: 'it',
    title: 'Audit software licences ({month} {year})',
    guide: itGuide,
    steps: ['Export active seats per tool', 'Remove seats of leavers', 'Report savings to Finance'],
  },
  {
    type: 'Tasks::General',
    subject: 'none',
    assignee: 'anyone',
    title: 'Plan {department} team offsite',
    guide: null,
    steps: ['Collect date preferences', 'Book the venue', 'Draft the agenda'],
  },
  {
    type: 'Tasks::General',
    subject: 'none',
    assignee: 'finance',
    title: 'Verify vacation balances for {department}',
    guide: null,
    steps: ['Compare balances with the policy', 'Fix carry-over errors', 'Notify managers of large balances'],
  },
];
