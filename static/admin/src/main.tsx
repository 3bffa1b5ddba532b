import '@atlaskit/css-reset';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadPageContext } from './api/forge-context';
import { App } from './App';
import { turnOffAtlaskitExperiments } from '../../../src/mapping/atlaskit-experiments';
import { applyTheme } from './platform/theme';

async function start(): Promise<void> {
  turnOffAtlaskitExperiments();
  const context = await loadPageContext();
  // Without the theme stylesheets the page is plainer but fully usable, so a failed load must not block it.
  await applyTheme(context.colorMode).catch(() => undefined);
  const container = document.getElementById('root');
  if (container === null) throw new Error('index.html has no #root element to render the admin page into');
  createRoot(container).render(
    <StrictMode>
      <App context={context} />
    </StrictMode>,
  );
}

void start();
