/** Config for `playwright merge-reports`: only the reporters. */
export default {
  testDir: '.',
  reporter: [['dot'], ['@perfgate/playwright/reporter', { cwd: process.env.PERFGATE_SHARD_OUT ?? '.' }]],
};
