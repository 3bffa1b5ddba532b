import path from 'node:path';
import { HostConfigurationError } from '../host-errors';

export type Handler = (...args: unknown[]) => unknown;

/**
 * Finds the function a manifest `handler` (`<file>.<export>`) names. `index` is the handlers module given to the
 * host (by default `src/index.ts` beside the manifest); any other file is looked up under `src/`, as Forge does.
 */
export class HandlerLoader {
  private readonly modules = new Map<string, Promise<Record<string, unknown>>>();

  constructor(
    private readonly indexModulePath: string,
    private readonly sourceDir: string,
  ) {}

  async load(handlerReference: string): Promise<Handler> {
    const separator = handlerReference.lastIndexOf('.');
    const file = handlerReference.slice(0, separator);
    const exportName = handlerReference.slice(separator + 1);
    const modulePath = file === 'index' ? this.indexModulePath : path.join(this.sourceDir, file);
    const loaded = await this.moduleAt(modulePath);
    const handler = loaded[exportName];
    if (typeof handler !== 'function') {
      const exported = Object.keys(loaded).filter((name) => typeof loaded[name] === 'function');
      throw new HostConfigurationError(
        `Handler "${handlerReference}": ${modulePath} has no exported function "${exportName}" ` +
          `(its function exports: ${exported.join(', ') || 'none'}).`,
      );
    }
    return handler as Handler;
  }

  private moduleAt(modulePath: string): Promise<Record<string, unknown>> {
    let loading = this.modules.get(modulePath);
    if (loading === undefined) {
      loading = import(modulePath) as Promise<Record<string, unknown>>;
      this.modules.set(modulePath, loading);
    }
    return loading;
  }
}
