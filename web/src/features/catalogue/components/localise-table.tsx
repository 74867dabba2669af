import { useMemo, useState } from 'react';
import { Button, Checkbox, Flex, Input, Popconfirm, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { TABLE_SCROLL } from '../../../lib/table';
import { useIsPhone } from '../../../lib/use-media-query';
import type { EffectiveRequirementView } from '../api/get-effective-catalogue';
import { ChangesTag } from './changes-tag';
import { ownChange } from './rule-edit';
import { ruleText } from './rule-text';

interface LocaliseTableProps {
  nodeId: string;
  requirements: EffectiveRequirementView[];
  onAdjust: (requirement: EffectiveRequirementView) => void;
  onDisable: (requirement: EffectiveRequirementView) => void;
  onRevert: (requirement: EffectiveRequirementView) => void;
  /** The requirement whose revert is being sent. */
  reverting: string | null;
  /** An item the node added itself is changed where it was added, not by a setting. */
  onOpenOwn: () => void;
}

/** The requirements as they bind the node, each with its rule, status, who changed it and the actions. */
export function LocaliseTable({ nodeId, requirements, onAdjust, onDisable, onRevert, reverting, onOpenOwn }: LocaliseTableProps) {
  const [text, setText] = useState('');
  const [changedOnly, setChangedOnly] = useState(false);
  const isPhone = useIsPhone();

  const rows = useMemo(() => {
    const q = text.trim().toLowerCase();
    return requirements.filter(
      (r) => (!changedOnly || r.changes.length > 0) && (!q || `${r.id} ${r.title} ${ruleText(r.rule)}`.toLowerCase().includes(q)),
    );
  }, [requirements, text, changedOnly]);

  const title = (r: EffectiveRequirementView) => (
    <>
      <div>{r.title}</div>
      {r.ownRequirement ? (
        <Tag color="gold" style={{ marginTop: 2 }}>
          {r.ownRequirement.nodeId === nodeId ? '本级自定' : `${r.ownRequirement.nodeName}自定`}
        </Tag>
      ) : (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {r.id}
        </Typography.Text>
      )}
    </>
  );
  const rule = (r: EffectiveRequirementView) => {
    const now = ruleText(r.rule);
    const base = ruleText(r.baseRule);
    return (
      <>
        <div>{now}</div>
        {now !== base && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            原：{base}
          </Typography.Text>
        )}
      </>
    );
  };
  const status = (r: EffectiveRequirementView) => (r.enabled ? <Tag color="success">启用</Tag> : <Tag>停用</Tag>);
  const actions = (r: EffectiveRequirementView) => {
    if (r.ownRequirement?.nodeId === nodeId) {
      return (
        <Button size="small" type="link" onClick={onOpenOwn}>
          在“本级自定要求”中修改
        </Button>
      );
    }
    return (
      <Flex wrap gap={4} vertical={isPhone} align={isPhone ? 'flex-start' : undefined}>
        <Button size="small" type="link" onClick={() => onAdjust(r)}>
          {r.enabled ? '调整要求' : '启用并调整'}
        </Button>
        {r.enabled && (
          <Button size="small" type="link" danger onClick={() => onDisable(r)}>
            停用
          </Button>
        )}
        {ownChange(r, nodeId) && (
          <Popconfirm title="恢复上级要求" description="撤销本级对该要求的调整，按上级要求执行。" okText="恢复" cancelText="取消" onConfirm={() => onRevert(r)}>
            <Button size="small" type="link" loading={reverting === r.id}>
              恢复上级要求
            </Button>
          </Popconfirm>
        )}
      </Flex>
    );
  };

  // On a phone one column carries everything but the actions, so the buttons stay on screen.
  const columns: TableColumnsType<EffectiveRequirementView> = isPhone
    ? [
        {
          title: '要求',
          key: 'requirement',
          render: (_, r) => (
            <Flex vertical gap={4}>
              {title(r)}
              {rule(r)}
              <Flex wrap gap={4}>
                {status(r)}
                {r.changes.length > 0 && <ChangesTag changes={r.changes} nodeId={nodeId} />}
              </Flex>
            </Flex>
          ),
        },
        { title: '操作', key: 'actions', width: 110, render: (_, r) => actions(r) },
      ]
    : [
        { title: '要求', key: 'title', render: (_, r) => title(r) },
        { title: '规则', key: 'rule', render: (_, r) => rule(r) },
        { title: '状态', key: 'enabled', render: (_, r) => status(r) },
        { title: '调整', key: 'changes', render: (_, r) => <ChangesTag changes={r.changes} nodeId={nodeId} /> },
        { title: '操作', key: 'actions', render: (_, r) => actions(r) },
      ];

  return (
    <>
      <Flex wrap gap={12} align="center" style={{ marginBottom: 12 }}>
        <Input.Search
          aria-label="搜索要求"
          placeholder="编码、名称、规则"
          allowClear
          value={text}
          onChange={(e) => setText(e.target.value)}
          style={{ width: 260, maxWidth: '100%' }}
        />
        <Checkbox checked={changedOnly} onChange={(e) => setChangedOnly(e.target.checked)}>
          只看已调整的
        </Checkbox>
      </Flex>
      <Table<EffectiveRequirementView>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        size="small"
        scroll={isPhone ? undefined : TABLE_SCROLL}
        pagination={{ pageSize: 100, hideOnSinglePage: true, showSizeChanger: false, showTotal: (t) => `共 ${t} 项` }}
        locale={{ emptyText: changedOnly ? '没有调整过的要求' : '没有符合条件的要求' }}
      />
    </>
  );
}
