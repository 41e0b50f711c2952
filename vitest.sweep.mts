import base from './vitest.config.mts'

// `npm run sweep`: the exhaustive engine sweep (about 9.2 million situations; every plan is
// written in full, so on a 2-core machine it takes tens of minutes, and it prints its rate), kept
// out of `npm test`, whose prose gate covers every decision row with typed text.
const config = { ...base, test: { ...base.test, include: ['lib/**/*.sweep.ts'] } }
export default config
