import '@atlaskit/css-reset';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { turnOffAtlaskitExperiments } from '../../../src/mapping/atlaskit-experiments';
import { loadPageContext } from '../../admin/src/api/forge-context';
import { applyTheme } from '../../admin/src/platform/theme';
import { getIssuePanel } from './api/panel-api';
import { IssuePanelApp } from './IssuePanelApp';

async function start(): Promise<void> {
  turnOffAtlaskitExperiments();
  // The panel's data is asked for first, so the resolver works while the context and theme load.
  const firstLoad = getIssuePanel();
  const context = await loadPageContext();
  // Without the theme stylesheets the panel is plainer but fully usable, so a failed load must not block it.
  await applyTheme(context.colorMode).catch(() => undefined);
  const container = document.getElementById('root');
  if (container === null) throw new Error('index.html has no #root element to render the issue panel into');
  createRoot(container).render(
    <StrictMode>
      <IssuePanelApp firstLoad={firstLoad} />
    </StrictMode>,
  );
}

void start();
