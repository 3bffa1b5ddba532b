import Heading from '@atlaskit/heading';
import { Anchor, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { AdoptionItem, AdoptionReport as Report } from '../../../../../src/config/records';
import { adoptionOutcome } from '../../model/adoption';
import { jiraIssueUrl } from '../../model/links';
import { AdoptionChart } from '../AdoptionChart/AdoptionChart';

interface AdoptionReportProps {
  report: Report;
  siteUrl: string | null;
}

function IssueLink({ issueKey, siteUrl }: { issueKey: string; siteUrl: string | null }) {
  return (
    <Anchor href={jiraIssueUrl(siteUrl, issueKey)} target="_blank">
      {issueKey}
    </Anchor>
  );
}

function ItemList({
  title,
  items,
  siteUrl,
  testId,
}: {
  title: string;
  items: AdoptionItem[];
  siteUrl: string | null;
  testId: string;
}) {
  if (items.length === 0) return null;
  return (
    <Stack space="space.050" testId={testId}>
      <Heading size="xsmall" as="h4">
        {title}
      </Heading>
      {items.map((item) => (
        <Text as="p" key={item.issueKey}>
          <IssueLink issueKey={item.issueKey} siteUrl={siteUrl} />
          {item.taskId === null ? '' : ` (task ${item.taskId})`}: {item.detail}
        </Text>
      ))}
    </Stack>
  );
}

/** The outcome in words, the counts as a chart, then every conflict and the listed examples with links. */
export function AdoptionReport({ report, siteUrl }: AdoptionReportProps) {
  const outcome = adoptionOutcome(report);
  return (
    <Stack space="space.200" testId="adoption-report">
      <SectionMessage appearance={outcome.appearance} title={outcome.title} testId="adoption-outcome">
        <Text as="p">{outcome.body}</Text>
      </SectionMessage>
      <AdoptionChart report={report} />
      {report.conflicts.length === 0 ? null : (
        <Stack space="space.050" testId="adoption-conflicts">
          <Heading size="xsmall" as="h4">
            Conflicts: one task, several issues (the kept one is linked; the others are left alone)
          </Heading>
          {report.conflicts.map((conflict) => (
            <Text as="p" key={conflict.taskId}>
              Task {conflict.taskId}: kept <IssueLink issueKey={conflict.keptKey} siteUrl={siteUrl} />; extra{' '}
              {conflict.duplicateKeys.map((key, index) => (
                <span key={key}>
                  {index > 0 ? ', ' : ''}
                  <IssueLink issueKey={key} siteUrl={siteUrl} />
                </span>
              ))}
            </Text>
          ))}
        </Stack>
      )}
      <ItemList title="Failed" items={report.examples.failed} siteUrl={siteUrl} testId="adoption-failed" />
      <ItemList
        title="Orphans: the task is gone from PeopleForce"
        items={report.examples.orphans}
        siteUrl={siteUrl}
        testId="adoption-orphans"
      />
      <ItemList
        title="Unmatched: no task id in the property"
        items={report.examples.unmatched}
        siteUrl={siteUrl}
        testId="adoption-unmatched"
      />
      <ItemList
        title={report.dryRun ? 'Would adopt, for example' : 'Adopted, for example'}
        items={report.examples.adopted}
        siteUrl={siteUrl}
        testId="adoption-adopted"
      />
    </Stack>
  );
}
