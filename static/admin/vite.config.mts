import { customUiBuild } from '../custom-ui-vite.mts';

/** The admin page (the `admin-page` resource). */
export default customUiBuild(import.meta.url);
