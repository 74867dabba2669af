import { Empty, Flex, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { CityOverview } from '@mofan/shared';
import { TABLE_SCROLL } from '../../../lib/table';
import { useIsPhone } from '../../../lib/use-media-query';
import { percentText, ratioStyle, RATIO_LEGEND } from './ratio-style';

type UnitRow = CityOverview['units'][number];
type Dimension = CityOverview['dimensions'][number];
type Column = TableColumnsType<UnitRow>[number];

interface CityGridProps {
  overview: CityOverview;
}

/** The link to a unit's own overview (requirements × periods) for the same year. */
export function unitOverviewPath(unitId: string, year: number): string {
  return `/compliance?unitId=${encodeURIComponent(unitId)}&year=${year}`;
}

function RatioCell({ unitName, dimension, cell }: { unitName: string; dimension: Dimension; cell: UnitRow['cells'][number] | undefined }) {
  const ratio = cell?.ratio ?? null;
  const s = ratioStyle(ratio);
  // Counted per target × period (a monthly meeting of 5 branches is 5 a month), hence 格 not 项.
  const detail = cell && cell.due > 0 ? `已到期 ${cell.due} 格，已完成 ${cell.met} 格（按对象×周期计）` : '暂无到期的要求';
  return (
    <Tooltip title={`${dimension.name}：${detail}`}>
      <div
        aria-label={`${unitName} ${dimension.name} 完成率 ${percentText(ratio)}，${detail}`}
        role="img"
        style={{ background: s.background, color: s.color, border: `1px solid ${s.border}`, borderRadius: 4, padding: '4px 6px', minWidth: 64, textAlign: 'center' }}
      >
        <div style={{ fontWeight: 600 }}>{percentText(ratio)}</div>
        <div style={{ fontSize: 11, opacity: 0.85 }}>{cell && cell.due > 0 ? `${cell.met}/${cell.due}` : '\u00a0'}</div>
      </div>
    </Tooltip>
  );
}

/** Column sort: a unit with nothing due goes last either way round. */
function byRatio(code: string) {
  return (a: UnitRow, b: UnitRow) => (a.cells.find((c) => c.dimension === code)?.ratio ?? -1) - (b.cells.find((c) => c.dimension === code)?.ratio ?? -1);
}

export function RatioLegend() {
  return (
    <Flex wrap gap={12} align="center" style={{ marginBottom: 12 }}>
      {RATIO_LEGEND.map(({ label, style: s }) => (
        <Flex key={label} align="center" gap={4}>
          <span style={{ width: 14, height: 14, borderRadius: 3, background: s.background, border: `1px solid ${s.border}` }} />
          <Typography.Text type="secondary">{label}</Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}

/** 工委总览: units as rows, the programme's dimensions as columns grouped by set; a row opens the unit. */
export function CityGrid({ overview }: CityGridProps) {
  const navigate = useNavigate();
  const isPhone = useIsPhone();
  if (overview.units.length === 0) return <Empty description="范围内没有单位" />;

  const dimensionColumn = (d: Dimension): Column => ({
    title: d.name,
    key: d.code,
    align: 'center',
    sorter: byRatio(d.code),
    onCell: () => ({ style: { padding: 3 } }),
    render: (_, u) => <RatioCell unitName={u.unitName} dimension={d} cell={u.cells.find((c) => c.dimension === d.code)} />,
  });

  // Dimensions keep their order; each set (五型, 六廉 …) becomes one header over its columns.
  const groups: { name: string; dimensions: Dimension[] }[] = [];
  for (const d of overview.dimensions) {
    const last = groups.at(-1);
    if (last && last.name === d.group) last.dimensions.push(d);
    else groups.push({ name: d.group, dimensions: [d] });
  }
  const groupColumns = groups.map((g): Column => ({ title: g.name, key: `group:${g.name}`, children: g.dimensions.map(dimensionColumn) }));

  const columns: TableColumnsType<UnitRow> = [
    {
      title: '单位',
      key: 'unit',
      fixed: 'left',
      width: isPhone ? 110 : 160,
      sorter: (a, b) => a.unitName.localeCompare(b.unitName, 'zh-CN'),
      render: (_, u) => (
        <>
          <Link to={unitOverviewPath(u.unitId, overview.year)} onClick={(e) => e.stopPropagation()}>
            {u.unitName}
          </Link>
          {u.adoptedAt ? null : (
            <Tooltip title="该单位尚未采纳这一创建体系：仍按目录计算，但未承诺按其维度开展创建">
              <Tag style={{ marginInlineStart: 4 }}>未采纳</Tag>
            </Tooltip>
          )}
        </>
      ),
    },
    ...groupColumns,
  ];

  return (
    <Table<UnitRow>
      rowKey="unitId"
      columns={columns}
      dataSource={overview.units}
      size="small"
      bordered
      scroll={TABLE_SCROLL}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false, showTotal: (t) => `共 ${t} 个单位` }}
      onRow={(u) => ({ onClick: () => void navigate(unitOverviewPath(u.unitId, overview.year)), style: { cursor: 'pointer' } })}
    />
  );
}
