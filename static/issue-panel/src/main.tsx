import '@atlaskit/css-reset';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { turnOffAtlaskitExperiments } from '../../../src/mapping/atlaskit-experiments';
import { loadPageContext } from '../../admin/src/api/forge-context';
import { applyTheme } from '../../admin/src/platform/theme';
import { IssuePanelApp } from './IssuePanelApp';

async function start(): Promise<void> {
  turnOffAtlaskitExperiments();
  const context = await loadPageContext();
  // Without the theme stylesheets the panel is plainer but fully usable, so a failed load must not block it.
  await applyTheme(context.colorMode).catch(() => undefined);
  const container = document.getElementById('root');
  if (container === null) throw new Error('index.html has no #root element to render the issue panel into');
  createRoot(container).render(
    <StrictMode>
      <IssuePanelApp />
    </StrictMode>,
  );
}

void start();
