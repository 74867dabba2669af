import { ROSTER_COLUMNS } from '@mofan/shared';
import { ROSTER_IMPORTS_PATH, downloadRosterTemplate } from '../../../features/roster/api/download-template';
import { ImportPanel } from '../../../features/imports/components/import-panel';
import { PageHeader } from '../../../components/page-header';

export function RosterImportPage() {
  return (
    <>
      <PageHeader title="花名册导入" />
      <ImportPanel
        idPrefix="roster"
        intro="先选择单位并下载模板，按模板填好人员信息后上传。系统逐行校验：校验通过的行全部导入；有问题的行不导入，并在下方按行号和列列出问题。每一行要么完整写入，要么完全不写入，不会出现只写了一半的记录。"
        columns={ROSTER_COLUMNS}
        downloadTemplate={downloadRosterTemplate}
        jobsPath={ROSTER_IMPORTS_PATH}
        importedUnit="人"
      />
    </>
  );
}
