import { view } from '@forge/bridge';
import { z } from 'zod';

/** The part of Forge's view context the page uses; anything else Jira sends is ignored. */
const PageContextSchema = z.object({
  moduleKey: z.string().default('peopleforce-sync-admin'),
  siteUrl: z.string().nullable().default(null),
  accountId: z.string().nullable().default(null),
  colorMode: z.enum(['auto', 'light', 'dark']).default('auto'),
});
export type PageContext = z.infer<typeof PageContextSchema>;

const RawContextSchema = z.looseObject({
  moduleKey: z.string().optional(),
  siteUrl: z.string().optional(),
  accountId: z.string().optional(),
  theme: z.looseObject({ colorMode: z.enum(['auto', 'light', 'dark']).optional() }).nullish(),
});

/** Reads the view context; a context that cannot be read leaves the page working with defaults. */
export async function loadPageContext(): Promise<PageContext> {
  const raw = RawContextSchema.safeParse(await view.getContext().catch(() => ({})));
  const context = raw.success ? raw.data : {};
  return PageContextSchema.parse({
    moduleKey: context.moduleKey,
    siteUrl: context.siteUrl ?? null,
    accountId: context.accountId ?? null,
    colorMode: context.theme?.colorMode,
  });
}
