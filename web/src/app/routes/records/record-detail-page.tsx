import { App, Button, Card, Spin } from 'antd';
import { ArrowLeftOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useRecord } from '../../../features/records/api/get-record';
import { useDeleteRecord } from '../../../features/records/api/delete-record';
import { AttendanceList } from '../../../features/records/components/attendance-list';
import { RecordDescriptions } from '../../../features/records/components/record-descriptions';
import { PageHeader } from '../../../components/page-header';
import { QueryErrorResult } from '../../../components/query-error-result';
import { hasPermission } from '../../../lib/permissions';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useCurrentUser } from '../../current-user';

export function RecordDetailPage() {
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { modal, message } = App.useApp();
  const handleError = useApiErrorHandler();
  const record = useRecord(id);
  const deleteMutation = useDeleteRecord();

  if (record.isPending) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (record.isError) return <QueryErrorResult error={record.error} onRetry={() => void record.refetch()} />;
  const r = record.data;
  // The server decides per record; this only hides buttons that would surely be refused.
  const canWrite = hasPermission(me, 'records.write') || (!!r.personId && r.personId === me.personId);

  const confirmDelete = () =>
    modal.confirm({
      title: '删除这条台账记录？',
      content: '删除后，它计入的各项要求和个人任务将重新计算，可能变为未完成。',
      okText: '删除',
      okButtonProps: { danger: true },
      onOk: () =>
        deleteMutation
          .mutateAsync(r.id)
          .then(async () => {
            void message.success('已删除');
            await navigate('/records', { replace: true });
          })
          .catch((error: unknown) => handleError(error)),
    });

  return (
    <>
      <PageHeader
        title={r.topic ?? `${r.occurredOn} 台账记录`}
        extra={
          <>
            <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(-1)}>
              返回
            </Button>
            {canWrite && (
              <>
                <Button type="primary" icon={<EditOutlined />} onClick={() => void navigate(`/records/${r.id}/edit`)}>
                  修改
                </Button>
                <Button danger icon={<DeleteOutlined />} onClick={confirmDelete}>
                  删除
                </Button>
              </>
            )}
          </>
        }
      />
      <Card title="记录" style={{ marginBottom: 16 }}>
        <RecordDescriptions record={r} />
      </Card>
      {(r.participants.length > 0 || !r.personId) && (
        <Card title={`参加人员（出席 ${r.presentCount}，缺席 ${r.absentCount}）`}>
          <AttendanceList participants={r.participants} />
        </Card>
      )}
    </>
  );
}
