import type { SeedUser } from './seed.types';

/** Who made a change: the app (its own account) or a person. Forge's `ignoreSelf` filters on this. */
export interface Actor {
  kind: 'app' | 'user';
  user: SeedUser;
}
