import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createPostRequestSchema,
  idParamsSchema,
  okResponseSchema,
  postListQuerySchema,
  postPageSchema,
  postSchema,
  updatePostRequestSchema,
} from '@mofan/shared';
import type { AppContext } from '../../context';
import { actorOf } from '../../http/route-config';
import { createPost, deletePost, listPosts, updatePost } from './posts.service';

export function postRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['posts'];
    app.get('/api/posts', { schema: { tags, summary: '任职记录（可按日期查询历史在任者）', querystring: postListQuerySchema, response: { 200: postPageSchema } } }, async (request) =>
      listPosts(ctx, actorOf(request), request.query),
    );
    app.post(
      '/api/people/:id/posts',
      { schema: { tags, summary: '任职', params: idParamsSchema, body: createPostRequestSchema, response: { 201: postSchema } } },
      async (request, reply) => reply.status(201).send(await createPost(ctx, actorOf(request), request.params.id, request.body)),
    );
    app.patch(
      '/api/posts/:id',
      { schema: { tags, summary: '修改任职或离任', params: idParamsSchema, body: updatePostRequestSchema, response: { 200: postSchema } } },
      async (request) => updatePost(ctx, actorOf(request), request.params.id, request.body),
    );
    app.delete('/api/posts/:id', { schema: { tags, summary: '删除任职记录（录入错误时）', params: idParamsSchema, response: { 200: okResponseSchema } } }, async (request) => {
      await deletePost(ctx, actorOf(request), request.params.id);
      return { ok: true as const };
    });
  };
}
