import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { registerErrorHandler } from './error-handler';

async function appThrowing(error: unknown) {
  const app = Fastify().withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  app.post('/boom', { schema: { body: z.object({ name: z.string().min(1, '请输入名称'), age: z.number().int() }) } }, async () => {
    throw error;
  });
  return app;
}

const validBody = { name: 'x', age: 1 };

describe('error handler', () => {
  it.each([
    ['an AppError keeps its code and status', new AppError('NOT_FOUND', '人员不存在'), 404, 'NOT_FOUND', '人员不存在'],
    ['a unique violation from the driver is a 409', Object.assign(new Error('dup'), { code: '23505', severity: 'ERROR' }), 409, 'CONFLICT', '与已有记录重复'],
    ['a unique violation wrapped by Drizzle (in cause) is a 409', Object.assign(new Error('Failed query: insert …'), { cause: Object.assign(new Error('dup'), { code: '23505', severity: 'ERROR' }) }), 409, 'CONFLICT', '与已有记录重复'],
    ['any other error is a 500 that leaks nothing', new Error('select * from secret_table'), 500, 'INTERNAL', '服务器内部错误，请稍后再试'],
  ])('%s', async (_name, error, status, code, message) => {
    const app = await appThrowing(error);
    const res = await app.inject({ method: 'POST', url: '/boom', payload: validBody });
    expect(res.statusCode).toBe(status);
    expect(res.json()).toEqual({ error: { code, message } });
    expect(res.body).not.toContain('secret_table');
  });

  it('names every invalid field of a request body', async () => {
    const app = await appThrowing(new Error('unreachable'));
    const res = await app.inject({ method: 'POST', url: '/boom', payload: { name: '', age: 'x' } });
    expect(res.statusCode).toBe(400);
    const body = res.json<{ error: { code: string; message: string; details: { field: string }[] } }>();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.details.map((d) => d.field).sort()).toEqual(['age', 'name']);
    expect(body.error.message).toContain('name：请输入名称');
  });
});

describe('error handler, database refusals', () => {
  it.each([
    ['a vanished reference (23503) is a 409', '23503', 409, 'CONFLICT'],
    ['text PostgreSQL cannot store (22021) is a 400', '22021', 400, 'VALIDATION_FAILED'],
  ])('%s', async (_name, code, status, errorCode) => {
    const app = await appThrowing(Object.assign(new Error('Failed query'), { cause: Object.assign(new Error('db'), { code, severity: 'ERROR' }) }));
    const res = await app.inject({ method: 'POST', url: '/boom', payload: validBody });
    expect(res.statusCode).toBe(status);
    expect(res.json<{ error: { code: string } }>().error.code).toBe(errorCode);
  });
});
