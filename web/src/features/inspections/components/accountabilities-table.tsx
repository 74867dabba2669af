import { App, Button, Table, type TableColumnsType } from 'antd';
import { ACCOUNTABILITY_KIND_LABELS, type Accountability } from '@mofan/shared';
import { formatDateTime, orEmpty } from '../../../lib/format';
import { TABLE_SCROLL } from '../../../lib/table';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useDeleteAccountability } from '../api/delete-accountability';

interface AccountabilitiesTableProps {
  problemId: string;
  accountabilities: readonly Accountability[];
  /** The supervising side may remove one recorded by mistake. */
  canRemove: boolean;
}

/** The 问责 of a problem: the consequence, whom it concerns, its basis and date. */
export function AccountabilitiesTable({ problemId, accountabilities, canRemove }: AccountabilitiesTableProps) {
  const { modal, message } = App.useApp();
  const handleError = useApiErrorHandler();
  const remove = useDeleteAccountability();

  const confirmRemove = (a: Accountability) =>
    modal.confirm({
      title: '删除这条问责记录？',
      content: '仅用于删除误录的记录，删除会记入审计日志。',
      okText: '删除',
      okButtonProps: { danger: true },
      onOk: () =>
        remove
          .mutateAsync({ problemId, accountabilityId: a.id })
          .then(() => void message.success('已删除'))
          .catch((error: unknown) => handleError(error)),
    });

  const columns: TableColumnsType<Accountability> = [
    { title: '问责方式', key: 'kind', render: (_, a) => ACCOUNTABILITY_KIND_LABELS[a.kind] },
    { title: '被问责', key: 'who', render: (_, a) => [a.personName, a.nodeName].filter(Boolean).join(' · ') || orEmpty(null) },
    { title: '问责依据', key: 'basis', render: (_, a) => <div style={{ whiteSpace: 'pre-wrap', maxWidth: 360 }}>{a.basis}</div> },
    { title: '问责日期', key: 'decidedOn', render: (_, a) => a.decidedOn },
    { title: '记录', key: 'by', render: (_, a) => `${orEmpty(a.createdByName)} ${formatDateTime(a.createdAt)}` },
  ];
  if (canRemove) {
    columns.push({
      title: '',
      key: 'remove',
      render: (_, a) => (
        <Button size="small" danger type="link" onClick={() => confirmRemove(a)}>
          删除
        </Button>
      ),
    });
  }
  return <Table<Accountability> rowKey="id" size="small" columns={columns} dataSource={[...accountabilities]} pagination={false} scroll={TABLE_SCROLL} locale={{ emptyText: '没有问责记录' }} />;
}
