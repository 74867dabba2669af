import { useState } from 'react';
import { App, Button, Card, Spin } from 'antd';
import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import type { Post } from '@mofan/shared';
import { usePerson } from '../../../features/people/api/get-person';
import { useDeletePerson } from '../../../features/people/api/delete-person';
import { PersonDescriptions } from '../../../features/people/components/person-descriptions';
import { PersonFormDrawer } from '../../../features/people/components/person-form-drawer';
import { PostsTable } from '../../../features/people/components/posts-table';
import { PostFormModal } from '../../../features/people/components/post-form-modal';
import { EndPostModal } from '../../../features/people/components/end-post-modal';
import { PersonExemptionsCard } from '../../../features/people/components/person-exemptions-card';
import { PageHeader } from '../../../components/page-header';
import { QueryErrorResult } from '../../../components/query-error-result';
import { hasPermission } from '../../../lib/permissions';
import { useApiErrorHandler } from '../../../lib/use-api-error';
import { useCurrentUser } from '../../current-user';

export function PersonDetailPage() {
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { modal, message } = App.useApp();
  const handleError = useApiErrorHandler();
  const person = usePerson(id);
  const deleteMutation = useDeletePerson();
  const [editing, setEditing] = useState(false);
  const [addingPost, setAddingPost] = useState(false);
  const [endingPost, setEndingPost] = useState<Post | null>(null);
  const canWrite = hasPermission(me, 'people.write');
  const reload = () => void person.refetch();

  if (person.isPending) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (person.isError) return <QueryErrorResult error={person.error} onRetry={reload} />;
  const p = person.data;

  const confirmDelete = () =>
    modal.confirm({
      title: `删除人员「${p.name}」？`,
      content: '删除后不可恢复。调离本单位的人员请将状态改为“已调离”，以保留其任职历史。',
      okText: '删除',
      okButtonProps: { danger: true },
      onOk: () =>
        deleteMutation
          .mutateAsync(p.id)
          .then(async () => {
            void message.success('已删除');
            await navigate('/people', { replace: true });
          })
          .catch((error: unknown) => handleError(error)),
    });

  return (
    <>
      <PageHeader
        title={p.name}
        extra={
          <>
            <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(-1)}>
              返回
            </Button>
            {canWrite && (
              <>
                <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
                  编辑
                </Button>
                <Button danger icon={<DeleteOutlined />} onClick={confirmDelete}>
                  删除
                </Button>
              </>
            )}
          </>
        }
      />
      <Card title="基本信息" style={{ marginBottom: 16 }}>
        <PersonDescriptions person={p} />
      </Card>
      <Card
        title="任职"
        extra={
          canWrite && (
            <Button icon={<PlusOutlined />} onClick={() => setAddingPost(true)}>
              任职
            </Button>
          )
        }
      >
        <PostsTable posts={p.posts} canWrite={canWrite} onEnd={setEndingPost} />
      </Card>
      <PersonExemptionsCard personId={p.id} personName={p.name} canWrite={canWrite} />
      <PersonFormDrawer open={editing} person={p} onClose={() => setEditing(false)} onSaved={() => undefined} onVersionConflict={reload} />
      <PostFormModal person={p} open={addingPost} onClose={() => setAddingPost(false)} />
      <EndPostModal post={endingPost} onClose={() => setEndingPost(null)} onVersionConflict={reload} />
    </>
  );
}
