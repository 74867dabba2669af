import { DatePicker, Flex } from 'antd';
import dayjs from 'dayjs';
import { useIsPhone } from '../lib/use-media-query';

interface DateRangeFilterProps {
  id: string;
  from: string | undefined;
  to: string | undefined;
  /** Either end may be left open; the values are YYYY-MM-DD business dates. */
  onChange: (range: { from: string | undefined; to: string | undefined }) => void;
}

const FORMAT = 'YYYY-MM-DD';
const text = (d: dayjs.Dayjs | null | undefined) => d?.format(FORMAT) ?? undefined;

/**
 * A from–to date filter for list pages, speaking YYYY-MM-DD strings as the API does. On a phone
 * it is two single pickers: the range picker's two month panels are wider than the screen.
 */
export function DateRangeFilter({ id, from, to, onChange }: DateRangeFilterProps) {
  const isPhone = useIsPhone();
  const start = from ? dayjs(from) : null;
  const end = to ? dayjs(to) : null;
  if (isPhone) {
    return (
      <Flex gap={8} wrap>
        <DatePicker id={id} format={FORMAT} placeholder="开始日期" value={start} onChange={(d) => onChange({ from: text(d), to })} style={{ width: 140 }} />
        <DatePicker aria-label="结束日期" format={FORMAT} placeholder="结束日期" value={end} onChange={(d) => onChange({ from, to: text(d) })} style={{ width: 140 }} />
      </Flex>
    );
  }
  return (
    <DatePicker.RangePicker
      id={{ start: id }}
      format={FORMAT}
      value={[start, end]}
      allowEmpty={[true, true]}
      onChange={(dates) => onChange({ from: text(dates?.[0]), to: text(dates?.[1]) })}
    />
  );
}
