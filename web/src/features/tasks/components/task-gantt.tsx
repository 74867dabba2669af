import type { CSSProperties } from 'react';
import { Empty, Flex, Tooltip, Typography } from 'antd';
import { TASK_ITEM_STATUS_LABELS, type TaskItem, type TaskPlanDetail } from '@mofan/shared';
import { barOf, ganttScale, positionOf } from './gantt-scale';
import { itemsInTreeOrder } from './item-tree';

interface TaskGanttProps {
  plan: TaskPlanDetail;
  today: string;
  onOpen: (item: TaskItem) => void;
}

const LABEL_WIDTH = 200;
const ROW_HEIGHT = 32;

/** Bar colours: red is for late work only, whatever its status. */
function barColor(item: TaskItem): string {
  if (item.overdue) return '#ff4d4f';
  if (item.status === 'verified') return '#52c41a';
  if (item.status === 'completed') return '#faad14';
  if (item.status === 'dropped') return '#bfbfbf';
  return '#1677ff';
}

const grid: CSSProperties = { position: 'absolute', top: 0, bottom: 0, borderInlineStart: '1px solid #f0f0f0' };

/**
 * A Gantt-like view of deadlines in plain CSS: one bar per item from its start (creation or first
 * milestone) to its 完成时限 across the plan's months, milestones as ticks, a line for today.
 */
export function TaskGantt({ plan, today, onOpen }: TaskGanttProps) {
  const scale = ganttScale(plan, Number(today.slice(0, 4)));
  const rows = itemsInTreeOrder(plan.items);
  if (rows.length === 0) return <Empty description="还没有任务" />;
  const showToday = today >= scale.from && today <= scale.to;
  const todayAt = positionOf(scale, today) + (positionOf(scale, today, 'end') - positionOf(scale, today)) / 2;
  const tickWidth = scale.ticks.length > 12 ? 28 : 64;

  return (
    <div style={{ overflowX: 'auto' }} role="figure" aria-label="任务进度图">
      <div style={{ minWidth: LABEL_WIDTH + scale.ticks.length * tickWidth }}>
        <Flex style={{ borderBottom: '1px solid #f0f0f0', fontSize: 12, color: '#8c8c8c' }}>
          <div style={{ width: LABEL_WIDTH, flex: 'none', padding: '4px 8px' }}>任务</div>
          <div style={{ flex: 1, position: 'relative', height: 24 }}>
            {scale.ticks.map((tick) => (
              <div key={tick.from} style={{ position: 'absolute', left: `${positionOf(scale, tick.from)}%`, width: `${positionOf(scale, tick.to, 'end') - positionOf(scale, tick.from)}%`, textAlign: 'center', lineHeight: '24px' }}>
                {tick.label}
              </div>
            ))}
          </div>
        </Flex>
        <div style={{ position: 'relative' }}>
          {rows.map(({ item, depth }) => {
            const bar = barOf(scale, item);
            return (
              <Flex key={item.id} style={{ height: ROW_HEIGHT, borderBottom: '1px solid #fafafa' }} align="center">
                <div style={{ width: LABEL_WIDTH, flex: 'none', paddingInlineStart: 8 + depth * 14, paddingInlineEnd: 8, overflow: 'hidden' }}>
                  <Typography.Link ellipsis onClick={() => onOpen(item)} style={{ fontSize: 13 }}>
                    {item.title}
                  </Typography.Link>
                </div>
                <div style={{ flex: 1, position: 'relative', height: '100%' }}>
                  {scale.ticks.map((tick) => (
                    <div key={tick.from} style={{ ...grid, left: `${positionOf(scale, tick.from)}%` }} />
                  ))}
                  {bar ? (
                    <Tooltip
                      title={`${item.title}：${bar.start} 至 ${bar.end}（${TASK_ITEM_STATUS_LABELS[item.status]}${item.overdue ? '，已逾期' : ''}）`}
                    >
                      <div
                        role="button"
                        tabIndex={0}
                        aria-label={`${item.title} 完成时限 ${bar.end}${item.overdue ? ' 已逾期' : ''}`}
                        onClick={() => onOpen(item)}
                        onKeyDown={(e) => {
                          if (e.key === 'Enter') onOpen(item);
                        }}
                        style={{
                          position: 'absolute',
                          top: 8,
                          height: ROW_HEIGHT - 16,
                          left: `${bar.left}%`,
                          width: `${bar.width}%`,
                          background: barColor(item),
                          opacity: item.status === 'dropped' ? 0.5 : 0.85,
                          borderRadius: bar.clippedStart ? '0 4px 4px 0' : bar.clippedEnd ? '4px 0 0 4px' : 4,
                          cursor: 'pointer',
                        }}
                      />
                    </Tooltip>
                  ) : null}
                  {item.milestoneMarks
                    .filter((m) => m.dueOn >= scale.from && m.dueOn <= scale.to)
                    .map((m, i) => (
                      <div
                        key={`${m.dueOn}-${i}`}
                        title={`节点 ${m.dueOn}${m.done ? '（已完成）' : ''}`}
                        style={{
                          position: 'absolute',
                          top: ROW_HEIGHT / 2 - 5,
                          left: `calc(${positionOf(scale, m.dueOn, 'end')}% - 5px)`,
                          width: 10,
                          height: 10,
                          transform: 'rotate(45deg)',
                          background: m.done ? '#fff' : '#262626',
                          border: '2px solid #262626',
                          pointerEvents: 'none',
                        }}
                      />
                    ))}
                </div>
              </Flex>
            );
          })}
          {showToday && (
            <div
              aria-hidden
              title={`今天 ${today}`}
              style={{ position: 'absolute', top: 0, bottom: 0, left: `calc(${LABEL_WIDTH}px + (100% - ${LABEL_WIDTH}px) * ${todayAt / 100})`, borderInlineStart: '2px dashed #ff4d4f', pointerEvents: 'none' }}
            />
          )}
        </div>
        <Flex gap={16} wrap style={{ fontSize: 12, color: '#8c8c8c', padding: '8px 0' }}>
          <span>
            <Swatch color="#1677ff" /> 推进中
          </span>
          <span>
            <Swatch color="#faad14" /> 待核验
          </span>
          <span>
            <Swatch color="#52c41a" /> 已核验
          </span>
          <span>
            <Swatch color="#ff4d4f" /> 逾期
          </span>
          <span>◆ 节点（空心为已完成）</span>
          {showToday && <span style={{ color: '#ff4d4f' }}>┆ 今天</span>}
        </Flex>
      </div>
    </div>
  );
}

function Swatch({ color }: { color: string }) {
  return <span style={{ display: 'inline-block', width: 12, height: 8, background: color, borderRadius: 2, verticalAlign: 'middle' }} />;
}
