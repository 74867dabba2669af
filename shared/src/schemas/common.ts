import { z } from 'zod';
import { zhCN } from 'zod/v4/locales';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '../limits';
import { isValidIsoDate } from '../rules/business-date';

// Every default validation message in Chinese, for the server's 400s and the web's forms alike.
z.config(zhCN());

/** `{ error: { code, message, details? } }`: the one error shape of the API. */
export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

export const idSchema = z.uuid({ message: '标识格式不正确' });
export const idParamsSchema = z.object({ id: idSchema });

export const isoDateSchema = z
  .string()
  .refine(isValidIsoDate, { message: '日期格式应为 YYYY-MM-DD' })
  .describe('日期 YYYY-MM-DD');

export const paginationQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(PAGE_SIZE_DEFAULT),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** Optimistic concurrency: every update names the version it was made from. */
export const versionSchema = z.number().int().min(1).describe('修改前的版本号');

export const okResponseSchema = z.object({ ok: z.literal(true) });
