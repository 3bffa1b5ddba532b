/** `npm run test:soak` sets RELIABILITY_SOAK=1: every suite tries many more cases than in `npm test`. */
export const soak = process.env.RELIABILITY_SOAK === '1';
