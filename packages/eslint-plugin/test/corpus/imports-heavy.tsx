// Corpus: package imports and their bundle cost.
import moment from 'moment'; // expect: no-heavy-imports
import _ from 'lodash'; // expect: no-heavy-imports
import debounce from 'lodash/debounce'; // look-alike: no-heavy-imports
import { throttle } from 'lodash-es'; // look-alike: no-heavy-imports
import { format } from 'date-fns'; // look-alike: no-heavy-imports
import type { Moment } from 'moment'; // look-alike: no-heavy-imports
import dayjs from 'dayjs'; // look-alike: no-heavy-imports
import { useMemo } from 'react'; // look-alike: no-heavy-imports
import AWS from 'aws-sdk'; // expect: no-heavy-imports

export function Timestamp({ at }: { at: Date }) {
  const text = useMemo(() => moment(at).fromNow(), [at]);
  const onScroll = debounce(() => console.log('scroll'), 100);
  const onResize = throttle(() => console.log('resize'), 100);
  const iso: Moment | string = format(at, 'yyyy-MM-dd');
  return (
    <time dateTime={String(iso)} onScroll={onScroll} onResize={onResize}>
      {text} {dayjs(at).year()} {_.capitalize('x')} {String(AWS)}
    </time>
  );
}

export async function loadMoment() {
  const { default: lazyMoment } = await import('moment'); // look-alike: no-heavy-imports
  return lazyMoment;
}
