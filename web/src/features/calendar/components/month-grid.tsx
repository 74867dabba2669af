import type { CSSProperties } from 'react';
import { Card, theme } from 'antd';
import { type CalendarDay, CALENDAR_DAY_KIND_LABELS } from '@mofan/shared';
import { WEEKDAY_LABELS, isWeekend, monthWeeks, shortDateLabel } from './calendar-dates';

interface MonthGridProps {
  year: number;
  month: number;
  days: ReadonlyMap<string, CalendarDay>;
  today: string;
  /** Set when the user may edit: a day is then a button. */
  onPick?: (date: string) => void;
}

/** One month, Monday first: 休 on holidays, 班 on 调休 working days, their names on hover and for screen readers. */
export function MonthGrid({ year, month, days, today, onPick }: MonthGridProps) {
  const { token } = theme.useToken();
  const grid: CSSProperties = { display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 2, textAlign: 'center' };

  const cell = (date: string) => {
    const entry = days.get(date);
    const weekend = isWeekend(date);
    const label = `${shortDateLabel(date)}${entry ? ` ${entry.name ?? ''}${entry.kind === 'holiday' ? '放假' : '调休上班'}` : weekend ? ' 休息' : ''}`;
    const style: CSSProperties = {
      position: 'relative',
      minHeight: 36,
      padding: '2px 0',
      border: date === today ? `1px solid ${token.colorPrimary}` : '1px solid transparent',
      borderRadius: token.borderRadiusSM,
      background: entry?.kind === 'holiday' ? token.colorErrorBg : entry?.kind === 'workday' ? token.colorInfoBg : 'transparent',
      color: entry?.kind === 'holiday' ? token.colorError : weekend && !entry ? token.colorTextTertiary : token.colorText,
      font: 'inherit',
      cursor: onPick ? 'pointer' : 'default',
      width: '100%',
    };
    const content = (
      <>
        <div>{Number(date.slice(8))}</div>
        {entry && (
          <div style={{ fontSize: 11, lineHeight: 1.2, color: entry.kind === 'holiday' ? token.colorError : token.colorInfo }}>
            {CALENDAR_DAY_KIND_LABELS[entry.kind]}
          </div>
        )}
      </>
    );
    return onPick ? (
      <button key={date} type="button" style={style} title={label} aria-label={label} onClick={() => onPick(date)}>
        {content}
      </button>
    ) : (
      <div key={date} style={style} title={label}>
        {content}
      </div>
    );
  };

  return (
    <Card size="small" title={`${year}年${month}月`} styles={{ body: { padding: 8 } }}>
      <div style={grid}>
        {WEEKDAY_LABELS.map((w, i) => (
          <div key={w} style={{ fontSize: 12, color: i >= 5 ? token.colorTextTertiary : token.colorTextSecondary }}>
            {w}
          </div>
        ))}
        {monthWeeks(year, month)
          .flat()
          .map((date, i) => (date ? cell(date) : <div key={`blank-${i}`} />))}
      </div>
    </Card>
  );
}
