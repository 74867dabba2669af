import { Button, Card, Flex, Popconfirm, Select, Typography } from 'antd';
import { CALENDAR_SOURCE_LABELS, type CalendarYearSummary } from '@mofan/shared';
import { formatDateTime } from '../../../lib/format';

interface YearPickerCardProps {
  years: readonly CalendarYearSummary[];
  selected: number | undefined;
  onSelect: (year: number) => void;
  /** Set for a system-wide calendar editor. */
  editing?: { onReplace: () => void; onDelete: () => void; deleting: boolean };
}

/** Which years the calendar covers, the one shown, and where its schedule came from. */
export function YearPickerCard({ years, selected, onSelect, editing }: YearPickerCardProps) {
  const summary = years.find((y) => y.year === selected);
  const first = years[0]?.year;
  const last = years.at(-1)?.year;
  return (
    <Card size="small" title="年度安排">
      <Flex gap={12} wrap align="center">
        <Select
          value={selected}
          onChange={onSelect}
          style={{ width: 200 }}
          aria-label="年度"
          options={[...years].reverse().map((y) => ({ value: y.year, label: `${y.year} 年（${CALENDAR_SOURCE_LABELS[y.source]}）` }))}
        />
        {editing && summary && (
          <>
            <Button onClick={editing.onReplace}>整体重新录入</Button>
            <Popconfirm
              title={`删除 ${summary.year} 年安排`}
              description="删除后该年的期限将无法计算。只有误录的未来年度可以删除。"
              okText="删除"
              okButtonProps={{ danger: true }}
              cancelText="取消"
              onConfirm={editing.onDelete}
            >
              <Button danger loading={editing.deleting}>
                删除该年度
              </Button>
            </Popconfirm>
          </>
        )}
      </Flex>
      {summary && (
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
          放假 {summary.holidayCount} 天（含其中的周末），调休上班 {summary.workdayCount} 天
          {summary.manualDayCount > 0 && `，其中管理员修改 ${summary.manualDayCount} 天`}。{CALENDAR_SOURCE_LABELS[summary.source]}
          {summary.note && `（${summary.note}）`}，更新于 {formatDateTime(summary.updatedAt)}
          {summary.updatedByName && `（${summary.updatedByName}）`}。
        </Typography.Paragraph>
      )}
      {first !== undefined && last !== undefined && (
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
          工作日历包含 {first}—{last} 年{years.length < last - first + 1 ? '中的部分年度' : ''}；其他年度的期限不予计算。
        </Typography.Paragraph>
      )}
    </Card>
  );
}
