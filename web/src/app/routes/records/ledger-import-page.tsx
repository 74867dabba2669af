import { LEDGER_COLUMNS } from '@mofan/shared';
import { LEDGER_IMPORTS_PATH, downloadLedgerTemplate } from '../../../features/records/api/ledger-import';
import { ImportPanel } from '../../../features/imports/components/import-panel';
import { PageHeader } from '../../../components/page-header';

export function LedgerImportPage() {
  return (
    <>
      <PageHeader title="导入台账" />
      <ImportPanel
        idPrefix="ledger"
        intro="把以往的纸质或 Excel 台账一次导入：先选择单位并下载模板，每行填一条活动记录后上传。模板中的“填写说明”表列出了可填的活动类型和本单位的组织（科室、党支部、党小组等），请照着填写。系统逐行校验：校验通过的行一起导入，要么全部写入，要么都不写入；有问题的行不导入，并在下方按行号和列列出问题。不会出现只写了一半的台账，改好有问题的行后只需重新导入这些行。"
        columns={LEDGER_COLUMNS}
        downloadTemplate={downloadLedgerTemplate}
        jobsPath={LEDGER_IMPORTS_PATH}
        importedUnit="条"
      />
    </>
  );
}
