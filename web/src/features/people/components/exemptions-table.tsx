import { App, Button, Flex, Table, Tag, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { EXEMPTION_KIND_LABELS, EXEMPTION_SOURCE_LABELS, type Exemption } from '@mofan/shared';
import { formatDate, orEmpty } from '../../../lib/format';
import { TABLE_SCROLL } from '../../../lib/table';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useDeleteExemption } from '../api/delete-exemption';

interface ExemptionsTableProps {
  exemptions: Exemption[];
  loading: boolean;
  canWrite: boolean;
  onEdit: (exemption: Exemption) => void;
}

/** Days from the first to the last exempt day, both counted. */
function daysOf(e: Exemption): number {
  return dayjs(e.endsOn).diff(dayjs(e.startsOn), 'day') + 1;
}

/** A person's 免考核期间, latest first. */
export function ExemptionsTable({ exemptions, loading, canWrite, onEdit }: ExemptionsTableProps) {
  const { modal, message } = App.useApp();
  const handleError = useApiErrorHandler();
  const deleteMutation = useDeleteExemption();

  const confirmDelete = (e: Exemption) =>
    modal.confirm({
      title: `删除「${EXEMPTION_KIND_LABELS[e.kind]} ${e.startsOn} 至 ${e.endsOn}」？`,
      content: '删除后，这些日子里此人的各项要求将重新计入落实情况。',
      okText: '删除',
      okButtonProps: { danger: true },
      onOk: () =>
        deleteMutation
          .mutateAsync({ personId: e.personId, id: e.id })
          .then(() => void message.success('已删除'))
          .catch((error: unknown) => handleError(error)),
    });

  const sorted = [...exemptions].sort((a, b) => b.startsOn.localeCompare(a.startsOn));

  const columns: TableColumnsType<Exemption> = [
    { title: '类型', key: 'kind', render: (_, e) => EXEMPTION_KIND_LABELS[e.kind] },
    { title: '起始', key: 'start', render: (_, e) => formatDate(e.startsOn) },
    { title: '结束', key: 'end', render: (_, e) => formatDate(e.endsOn) },
    { title: '天数', key: 'days', render: (_, e) => daysOf(e) },
    { title: '事由', key: 'reason', render: (_, e) => orEmpty(e.reason) },
    { title: '来源', key: 'source', render: (_, e) => <Tag>{EXEMPTION_SOURCE_LABELS[e.source]}</Tag> },
    ...(canWrite
      ? [
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, e: Exemption) => (
              <Flex gap={4}>
                <Button size="small" onClick={() => onEdit(e)}>
                  修改
                </Button>
                <Button size="small" danger onClick={() => confirmDelete(e)}>
                  删除
                </Button>
              </Flex>
            ),
          },
        ]
      : []),
  ];

  return (
    <Table<Exemption>
      rowKey="id"
      columns={columns}
      dataSource={sorted}
      loading={loading}
      pagination={false}
      size="small"
      scroll={TABLE_SCROLL}
      locale={{ emptyText: '暂无免考核期间' }}
    />
  );
}
