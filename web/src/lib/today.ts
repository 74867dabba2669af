import dayjs, { type Dayjs } from 'dayjs';
import { shanghaiDate } from '@mofan/shared';

/** Today's business date (Asia/Shanghai) as a picker value, whatever the browser's zone. */
export function todayInShanghai(): Dayjs {
  return dayjs(shanghaiDate(new Date()));
}
