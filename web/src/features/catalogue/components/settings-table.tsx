import { useMemo, useState } from 'react';
import { Input, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { RequirementSettingView } from '@mofan/shared';
import { formatDateTime } from '../../../lib/format';
import { TABLE_SCROLL } from '../../../lib/table';
import { ruleText } from './rule-text';

interface SettingsTableProps {
  settings: RequirementSettingView[];
  /** Requirement id → the catalogue's own rule, to show what was raised from what. */
  baseRules: ReadonlyMap<string, Record<string, unknown>>;
  loading?: boolean;
}

function ChangeCell({ setting, baseRule }: { setting: RequirementSettingView; baseRule: Record<string, unknown> | undefined }) {
  const reason = setting.reason && (
    <div>
      <Typography.Text type="secondary">理由：{setting.reason}</Typography.Text>
    </div>
  );
  if (setting.kind === 'own_requirement') {
    const note = setting.reason && (
      <div>
        <Typography.Text type="secondary">
          {setting.enabled ? '说明' : '停用理由'}：{setting.reason}
        </Typography.Text>
      </div>
    );
    return (
      <>
        <Tag color="gold">自定要求</Tag>
        {setting.enabled ? setting.rule && ruleText(setting.rule) : <Tag>已停用</Tag>}
        {note}
      </>
    );
  }
  if (!setting.enabled) {
    return (
      <>
        <Tag>停用</Tag>
        {reason}
      </>
    );
  }
  return (
    <>
      {setting.rule ? (
        <span>
          <Tag color="purple">提高要求</Tag>
          {ruleText(setting.rule)}
          {baseRule && <Typography.Text type="secondary">（原：{ruleText(baseRule)}）</Typography.Text>}
        </span>
      ) : (
        <Tag color="success">启用</Tag>
      )}
      {reason}
    </>
  );
}

/** 下级调整情况: what each unit of the subtree changed or added and why, newest first as served. */
export function SettingsTable({ settings, baseRules, loading }: SettingsTableProps) {
  const [text, setText] = useState('');
  const rows = useMemo(() => {
    const q = text.trim().toLowerCase();
    return q ? settings.filter((s) => `${s.nodeName} ${s.requirementTitle} ${s.requirementId} ${s.reason ?? ''}`.toLowerCase().includes(q)) : settings;
  }, [settings, text]);

  const columns: TableColumnsType<RequirementSettingView> = [
    { title: '单位', dataIndex: 'nodeName', key: 'node' },
    { title: '要求', dataIndex: 'requirementTitle', key: 'requirement' },
    { title: '调整内容', key: 'change', width: 360, render: (_, s) => <ChangeCell setting={s} baseRule={baseRules.get(s.requirementId)} /> },
    { title: '时间', dataIndex: 'updatedAt', key: 'updatedAt', render: (iso: string) => formatDateTime(iso).slice(0, 16) },
  ];

  return (
    <>
      <Input.Search
        aria-label="搜索调整"
        placeholder="单位、要求、理由"
        allowClear
        value={text}
        onChange={(e) => setText(e.target.value)}
        style={{ width: 260, maxWidth: '100%', marginBottom: 12 }}
      />
      <Table<RequirementSettingView>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={loading}
        size="small"
        scroll={TABLE_SCROLL}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false, showTotal: (t) => `共 ${t} 项调整` }}
        locale={{ emptyText: '本级及下级没有调整过制度要求，也没有自定要求' }}
      />
    </>
  );
}
