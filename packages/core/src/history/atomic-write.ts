// One atomic write for the whole of core (temp file + fsync + rename): the baseline store's.
export { writeFileAtomic } from '../baseline/json-file.js';
