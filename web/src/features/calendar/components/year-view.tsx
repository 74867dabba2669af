import { useMemo } from 'react';
import { Card, Col, Flex, Row, Tag, Typography } from 'antd';
import type { CalendarDay, CalendarYearDetail } from '@mofan/shared';
import { holidayRuns, runLabel, shortDateLabel } from './calendar-dates';
import { MonthGrid } from './month-grid';

interface YearViewProps {
  detail: CalendarYearDetail;
  today: string;
  onPick?: (date: string) => void;
}

/** A year as the notice reads (each holiday with its days off and its 调休 working days), then its twelve months. */
export function YearView({ detail, today, onPick }: YearViewProps) {
  const byDate = useMemo(() => new Map<string, CalendarDay>(detail.days.map((d) => [d.date, d])), [detail.days]);
  const { runs, looseWorkdays } = useMemo(() => holidayRuns(detail.days), [detail.days]);
  return (
    <Flex vertical gap={16}>
      <Card size="small" title={`${detail.year} 年放假安排`}>
        {runs.length === 0 && <Typography.Text type="secondary">该年没有放假日</Typography.Text>}
        <Flex vertical gap={6}>
          {runs.map((run) => (
            <div key={run.from}>
              <Typography.Text strong>{run.name || '（未命名）'}</Typography.Text>：{runLabel(run)}放假，共 {run.days} 天
              {run.workdays.length > 0 && <>；{run.workdays.map(shortDateLabel).join('、')}上班</>}
            </div>
          ))}
          {looseWorkdays.map((w) => (
            <div key={w.date}>
              {w.name && <Typography.Text strong>{w.name}：</Typography.Text>}
              {shortDateLabel(w.date)}调休上班
            </div>
          ))}
        </Flex>
        <Flex gap={8} wrap style={{ marginTop: 12 }}>
          <Tag color="error">休 放假</Tag>
          <Tag color="processing">班 调休上班</Tag>
          <Typography.Text type="secondary">其余日子周一至周五上班、周六周日休息。{onPick ? '点击某一天可以修改。' : ''}</Typography.Text>
        </Flex>
      </Card>
      <Row gutter={[12, 12]}>
        {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => (
          <Col key={month} xs={24} sm={12} lg={8} xxl={6}>
            <MonthGrid year={detail.year} month={month} days={byDate} today={today} onPick={onPick} />
          </Col>
        ))}
      </Row>
    </Flex>
  );
}
