import { attachResults, fakeResult, test } from './results.js';

for (let i = 0; i < 4; i++) {
  test(`c flow ${i}`, async () => {
    const seed = 'c'.charCodeAt(0) * 10 + i;
    await attachResults([fakeResult('/c', seed), fakeResult('/shared', seed + 1)]);
  });
}
