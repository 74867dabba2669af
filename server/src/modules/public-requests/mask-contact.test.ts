import { describe, expect, it } from 'vitest';
import { maskContact } from './mask-contact';

describe('maskContact', () => {
  it.each([
    ['a mobile number', '13812345678', '138****5678'],
    ['a landline with its area code', '0871-65123456', '087****3456'],
    ['an e-mail address', 'wang@example.cn', 'wan****e.cn'],
    ['a short number', '6512345', '6*****5'],
    ['three characters', '王先生', '王*生'],
    ['two characters', '12', '**'],
    ['nothing', '', ''],
  ])('masks %s', (_name, contact, masked) => {
    expect(maskContact(contact)).toBe(masked);
  });
});
