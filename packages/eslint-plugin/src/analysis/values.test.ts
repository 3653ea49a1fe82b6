import { describe, expect, it } from 'vitest';
import { mentionsWord } from './values.js';

describe('mentionsWord', () => {
  it('finds a whole word, not part of a longer identifier', () => {
    expect(mentionsWord('const Row = memo(Base);', 'memo')).toBe(true);
    expect(mentionsWord('React.memo(x)', 'memo')).toBe(true);
    expect(mentionsWord('memo', 'memo')).toBe(true);
    expect(mentionsWord('const f = memoize(g); useMemo(h)', 'memo')).toBe(false);
    expect(mentionsWord('const $memo = 1; const memo_ = 2;', 'memo')).toBe(false);
  });
});
