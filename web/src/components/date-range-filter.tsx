import { DatePicker } from 'antd';
import dayjs from 'dayjs';

interface DateRangeFilterProps {
  id: string;
  from: string | undefined;
  to: string | undefined;
  /** Either end may be left open; the values are YYYY-MM-DD business dates. */
  onChange: (range: { from: string | undefined; to: string | undefined }) => void;
}

/** A from–to date filter for list pages, speaking YYYY-MM-DD strings as the API does. */
export function DateRangeFilter({ id, from, to, onChange }: DateRangeFilterProps) {
  return (
    <DatePicker.RangePicker
      id={{ start: id }}
      format="YYYY-MM-DD"
      value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
      allowEmpty={[true, true]}
      onChange={(dates) => onChange({ from: dates?.[0]?.format('YYYY-MM-DD') ?? undefined, to: dates?.[1]?.format('YYYY-MM-DD') ?? undefined })}
    />
  );
}
