import { useState } from 'react';
import { DatePicker, Flex, Form, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { OrgNodePicker } from '../../../components/pickers/org-node-picker';
import { useDefaultNodeId } from '../../../lib/default-node';
import { todayInShanghai } from '../../../lib/today';
import { useCurrentUser } from '../../../app/current-user';
import { ReportDownloads } from './report-downloads';

interface PeriodReportsModalProps {
  open: boolean;
  onClose: () => void;
}

/** The 督查通报 and the 问题整改台账 of a unit or 工委 (with what lies below) over a period. */
export function PeriodReportsModal({ open, onClose }: PeriodReportsModalProps) {
  return (
    <Modal open={open} title="督查通报与问题整改台账" onCancel={onClose} footer={null} destroyOnHidden>
      {open && <PeriodReports />}
    </Modal>
  );
}

function PeriodReports() {
  const me = useCurrentUser();
  const today = todayInShanghai();
  const defaultNode = useDefaultNodeId(me, 'inspections.read', true);
  const [chosen, setChosen] = useState<string | null>(null);
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs(`${today.year()}-01-01`), today]);
  const nodeId = chosen ?? defaultNode.data ?? null;
  const query = nodeId ? { nodeId, from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') } : null;

  return (
    <Form layout="vertical" aria-label="通报范围">
      <Form.Item label="范围" htmlFor="period-reports-node">
        <OrgNodePicker id="period-reports-node" tree="admin" value={nodeId} allowClear={false} onChange={(id) => setChosen(id)} placeholder="工委或单位（含下级）" />
      </Form.Item>
      <Form.Item label="发现日期">
        <DatePicker.RangePicker
          allowClear={false}
          value={range}
          onChange={(next) => {
            if (next?.[0] && next[1]) setRange([next[0], next[1]]);
          }}
        />
      </Form.Item>
      <Typography.Paragraph type="secondary">通报只含已完成的检查发现的和单独登记的问题；台账含本人看得到的全部问题。</Typography.Paragraph>
      <Flex gap={8} wrap justify="end">
        <ReportDownloads query={query} />
      </Flex>
    </Form>
  );
}
