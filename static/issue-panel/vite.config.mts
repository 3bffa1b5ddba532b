import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Builds the issue panel into `static/issue-panel/build`, the directory the manifest's Custom UI resource points at.
 * Forge serves a resource from a path it chooses, hence the relative `base`; its CSP forbids inline scripts and
 * remote origins, so the build emits only external same-origin scripts and bundles every stylesheet and theme.
 * JSX goes through Vite's own Oxc transform (the React plugin is not a dependency of this project).
 */
const panelRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig(({ mode }) => ({
  root: panelRoot,
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
    // One panel, loaded once per issue view: a single chunk is expected, not a warning sign.
    chunkSizeWarningLimit: 4096,
  },
}));
