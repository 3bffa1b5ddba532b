import { customUiBuild } from '../custom-ui-vite.mts';

/** The issue panel (the `issue-panel` resource). */
export default customUiBuild(import.meta.url);
