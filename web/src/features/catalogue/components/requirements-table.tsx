import { useMemo, useState } from 'react';
import { Input, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { CatalogueResponse } from '@mofan/shared';
import { TABLE_SCROLL } from '../../../lib/table';
import type { RequirementInfo } from '../api/get-catalogue';
import { ruleText, targetText } from './rule-text';

interface RequirementsTableProps {
  catalogue: CatalogueResponse;
}

/** Every requirement with its rule in words; searchable by code, title, kind and programme. */
export function RequirementsTable({ catalogue }: RequirementsTableProps) {
  const [text, setText] = useState('');
  const [programme, setProgramme] = useState<string | undefined>();
  const kindLabels = useMemo(() => new Map(catalogue.activityKinds.map((k) => [k.id, k.label])), [catalogue]);
  const programmeNames = useMemo(() => new Map(catalogue.programmes.map((p) => [p.code, p.name])), [catalogue]);

  const rows = useMemo(() => {
    const q = text.trim().toLowerCase();
    return catalogue.requirements.filter((r) => {
      if (programme && !r.dimensions.some((d) => d.programme === programme)) return false;
      if (!q) return true;
      const haystack = [r.id, r.title, r.note ?? '', ruleText(r.rule), targetText(r.target), ...r.evidence.map((e) => kindLabels.get(e) ?? e), ...r.sources]
        .join(' ')
        .toLowerCase();
      return haystack.includes(q);
    });
  }, [catalogue, text, programme, kindLabels]);

  const columns: TableColumnsType<RequirementInfo> = [
    { title: '编码', dataIndex: 'id', key: 'id', render: (id: string) => <Typography.Text code>{id}</Typography.Text> },
    { title: '要求', dataIndex: 'title', key: 'title' },
    { title: '对象', key: 'target', render: (_, r) => targetText(r.target) },
    { title: '规则', key: 'rule', render: (_, r) => ruleText(r.rule) },
    {
      title: '计入的活动',
      key: 'evidence',
      render: (_, r) => r.evidence.map((e) => <Tag key={e}>{kindLabels.get(e) ?? e}</Tag>),
    },
    {
      title: '来源',
      key: 'sources',
      render: (_, r) => r.sources.map((s) => <Tag key={s} color="blue" title={programmeNames.get(s)}>{s}</Tag>),
    },
    { title: '说明', dataIndex: 'note', key: 'note', render: (note?: string) => note ?? '', width: 320 },
  ];

  return (
    <>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 16 }}>
        <Input.Search
          aria-label="搜索要求"
          placeholder="编码、名称、活动类型"
          allowClear
          value={text}
          onChange={(e) => setText(e.target.value)}
          style={{ width: 260, maxWidth: '100%' }}
        />
        <Select
          aria-label="创建体系"
          allowClear
          placeholder="全部创建体系"
          value={programme}
          onChange={setProgramme}
          options={catalogue.programmes.map((p) => ({ value: p.code, label: p.name }))}
          style={{ width: 220, maxWidth: '100%' }}
        />
      </div>
      <Table<RequirementInfo>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        size="small"
        scroll={TABLE_SCROLL}
        pagination={{ pageSize: 50, showSizeChanger: false, showTotal: (t) => `共 ${t} 项` }}
        locale={{ emptyText: '没有符合条件的要求' }}
      />
    </>
  );
}
