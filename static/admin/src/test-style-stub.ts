/** Stands in for stylesheet imports under jest, which has no CSS loader; styles do not affect the assertions. */
const styles: Record<string, string> = {};
export default styles;
