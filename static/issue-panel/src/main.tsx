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
  // Design tokens render their light values until the theme's stylesheet arrives: a light panel need not wait
  // for it (about 100 ms of a first paint), a dark one must, or it would flash light first. A theme that fails
  // to load leaves the panel plainer but fully usable, so it never blocks it.
  const theme = applyTheme(context.colorMode).catch(() => undefined);
  if (context.colorMode !== 'light') await theme;
  const container = document.getElementById('root');
  if (container === null) throw new Error('index.html has no #root element to render the issue panel into');
  createRoot(container).render(
    <StrictMode>
      <IssuePanelApp firstLoad={firstLoad} />
    </StrictMode>,
  );
}

void start();
