import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfigFnObject } from 'vite';

/**
 * The Vite build of one Custom UI resource into `<its folder>/build`, the directory the manifest's resource
 * points at. Forge serves a resource from a path it chooses, hence the relative `base`; its CSP forbids inline
 * scripts and remote origins, so the build emits only external same-origin scripts and bundles every stylesheet
 * and theme. JSX goes through Vite's own Oxc transform (the React plugin is not a dependency of this project).
 * Each UI is loaded once inside Jira, so a single large chunk is expected, not a warning sign.
 */
export function customUiBuild(configFileUrl: string): UserConfigFnObject {
  const root = fileURLToPath(new URL('.', configFileUrl));
  return defineConfig(({ mode }) => ({
    root,
    base: './',
    publicDir: false,
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    // Atlaskit and React read process.env.NODE_ENV, which browsers do not have.
    define: { 'process.env.NODE_ENV': JSON.stringify(mode === 'production' ? 'production' : 'development') },
    build: {
      outDir: 'build',
      emptyOutDir: true,
      target: 'es2020',
      sourcemap: false,
      chunkSizeWarningLimit: 4096,
    },
  }));
}
