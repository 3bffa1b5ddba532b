/**
 * The view context `view.getContext()` answers with outside Jira: the fields Forge sends for a
 * `jira:adminPage`, with the simulator's URL as the site and the local admin as the user.
 */
export type ColorMode = 'light' | 'dark' | 'auto';

export interface LocalViewContextOptions {
  accountId: string;
  siteUrl: string;
  colorMode: ColorMode;
  moduleKey: string;
}

export function localViewContext(options: LocalViewContextOptions): Record<string, unknown> {
  return {
    accountId: options.accountId,
    cloudId: 'local-cloud',
    environmentId: 'local-environment',
    environmentType: 'DEVELOPMENT',
    localId: `${options.moduleKey}-local`,
    locale: 'en-US',
    moduleKey: options.moduleKey,
    siteUrl: options.siteUrl,
    timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    theme: { colorMode: options.colorMode },
    extension: { type: 'jira:adminPage' },
  };
}
