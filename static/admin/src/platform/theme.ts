import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';
import type { PageContext } from '../api/forge-context';

/**
 * Loads the design-token themes and follows Jira's colour mode from the view context ("auto" follows the
 * operating system). The theme stylesheets are chunks of this build, so nothing is fetched from elsewhere.
 */
export async function applyTheme(colorMode: PageContext['colorMode']): Promise<void> {
  await setGlobalTheme({
    colorMode,
    light: 'light',
    dark: 'dark',
    spacing: 'spacing',
    typography: 'typography',
  });
}
