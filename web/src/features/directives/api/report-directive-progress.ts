import { directiveDetailSchema, type DirectiveDetail, type DirectiveReportRequest } from '@mofan/shared';
import { api } from '../../../lib/api-client';

/** 报告进展 of the 承办 or a 协办; the first starts 办理. */
export function reportDirectiveProgress({ id, ...body }: DirectiveReportRequest & { id: string }): Promise<DirectiveDetail> {
  return api.post(`/api/directives/${encodeURIComponent(id)}/reports`, directiveDetailSchema, body);
}
