/** Jest setupFiles entry: the Forge globals exist before any test file loads `@forge/api`. */
import { installForgeGlobals } from '../../local/host/forge-globals';

installForgeGlobals();
