/** Import first (before anything that loads `@forge/api`) to install the local Forge globals. */
import { installForgeGlobals } from './forge-globals';

installForgeGlobals();
