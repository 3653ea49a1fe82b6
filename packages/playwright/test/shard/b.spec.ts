import { attachResults, fakeResult, test } from './results.js';

for (let i = 0; i < 4; i++) {
  test(`b flow ${i}`, async () => {
    const seed = 'b'.charCodeAt(0) * 10 + i;
    await attachResults([fakeResult('/b', seed), fakeResult('/shared', seed + 1)]);
  });
}
