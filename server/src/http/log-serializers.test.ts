import { describe, expect, it } from 'vitest';
import { redactUrl } from './log-serializers';

describe('the access log keeps secrets out of URLs', () => {
  it.each([
    ['/api/public/requests/K7XM2PQ9RT', '/api/public/requests/***'],
    ['/api/public/requests/K7XM2PQ9RT/feedback', '/api/public/requests/***/feedback'],
    ['/api/public-requests/123', '/api/public-requests/123'],
    ['/api/records?page=2', '/api/records?page=2'],
  ])('%s → %s', (url, logged) => {
    expect(redactUrl(url)).toBe(logged);
  });
});
