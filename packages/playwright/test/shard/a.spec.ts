import { attachResults, fakeResult, test } from './results.js';

for (let i = 0; i < 4; i++) {
  test(`a flow ${i}`, async () => {
    const seed = 'a'.charCodeAt(0) * 10 + i;
    await attachResults([fakeResult('/a', seed), fakeResult('/shared', seed + 1)]);
  });
}
