import { useState } from 'react';
import { App, Button, Empty, Flex, Spin } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import type { CalendarDay } from '@mofan/shared';
import { PageHeader } from '../../../components/page-header';
import { QueryErrorResult } from '../../../components/query-error-result';
import { useDeleteCalendarYear } from '../../../features/calendar/api/delete-year';
import { useCalendarYear } from '../../../features/calendar/api/get-year';
import { useCalendarYears } from '../../../features/calendar/api/list-years';
import { canEditCalendar } from '../../../features/calendar/components/can-edit-calendar';
import { DayEditModal } from '../../../features/calendar/components/day-edit-modal';
import { DeadlineCalculator } from '../../../features/calendar/components/deadline-calculator';
import { YearPickerCard } from '../../../features/calendar/components/year-picker-card';
import { YearScheduleModal } from '../../../features/calendar/components/year-schedule-modal';
import { YearView } from '../../../features/calendar/components/year-view';
import { readString, withParams } from '../../../lib/search-params';
import { todayInShanghai } from '../../../lib/today';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useCurrentUser } from '../../current-user';

/** 工作日历: the deadline calculator for everyone; the years, their months and their editing for the calendar's administrators. */
export function CalendarPage() {
  const me = useCurrentUser();
  const canEdit = canEditCalendar(me);
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const [params, setParams] = useSearchParams();
  const years = useCalendarYears();
  const today = todayInShanghai().format('YYYY-MM-DD');
  const thisYear = Number(today.slice(0, 4));
  const covered = years.data?.map((y) => y.year) ?? [];
  const asked = Number(readString(params, 'year'));
  // The year asked for in the address, else this year, else the latest covered.
  const selected = covered.includes(asked) ? asked : covered.includes(thisYear) ? thisYear : covered.at(-1);
  const detail = useCalendarYear(selected);
  const removeYear = useDeleteCalendarYear();
  const [dayTarget, setDayTarget] = useState<{ date: string; current: CalendarDay | undefined } | null>(null);
  const [schedule, setSchedule] = useState<{ year: number; replace: boolean } | null>(null);

  const select = (year: number) => setParams(withParams(params, { year }), { replace: true });
  const nextYear = Math.max(thisYear, ...covered) + 1;

  const onDelete = () => {
    if (selected === undefined) return;
    removeYear.mutate(selected, {
      onSuccess: () => {
        void message.success(`已删除 ${selected} 年安排`);
        setParams(withParams(params, { year: undefined }), { replace: true });
      },
      onError: (error) => handleError(error),
    });
  };

  const yearBody = () => {
    if (years.isError) return <QueryErrorResult error={years.error} onRetry={() => void years.refetch()} />;
    if (years.isPending) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
    if (covered.length === 0) return <Empty description="工作日历还没有任何年度的安排" />;
    return (
      <>
        <YearPickerCard
          years={years.data}
          selected={selected}
          onSelect={select}
          editing={canEdit ? { onReplace: () => selected !== undefined && setSchedule({ year: selected, replace: true }), onDelete, deleting: removeYear.isPending } : undefined}
        />
        {detail.isError && <QueryErrorResult error={detail.error} onRetry={() => void detail.refetch()} />}
        {detail.isPending && <Spin style={{ display: 'block', margin: '48px auto' }} />}
        {detail.data && (
          <YearView
            detail={detail.data}
            today={today}
            onPick={canEdit ? (date) => setDayTarget({ date, current: detail.data.days.find((d) => d.date === date) }) : undefined}
          />
        )}
      </>
    );
  };

  return (
    <>
      <PageHeader
        title="工作日历"
        extra={
          canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setSchedule({ year: nextYear, replace: false })}>
              录入年度安排
            </Button>
          )
        }
      />
      <Flex vertical gap={16}>
        <DeadlineCalculator />
        {yearBody()}
      </Flex>
      <DayEditModal target={dayTarget} onClose={() => setDayTarget(null)} />
      <YearScheduleModal
        open={schedule !== null}
        year={schedule?.year ?? nextYear}
        existing={schedule?.replace && detail.data?.year === schedule.year ? detail.data : null}
        coveredYears={covered}
        onClose={() => setSchedule(null)}
        onSaved={(year) => {
          setSchedule(null);
          select(year);
        }}
      />
    </>
  );
}
