import { describe, expect, it } from 'vitest';
import { DEFAULT_PASSWORD_POLICY, checkPassword } from './password-policy';

const TOO_SHORT = '密码至少8位';
const classes = (n: number) => `密码须包含大写字母、小写字母、数字、符号中的至少${n}类`;
const HAS_USERNAME = '密码不能包含用户名';

describe('checkPassword with the default policy (8 characters, 3 classes)', () => {
  it('is the documented default', () => {
    expect(DEFAULT_PASSWORD_POLICY).toEqual({ minLength: 8, minClasses: 3 });
  });

  it.each([
    ['Abcdef12', 'upper, lower, digit'],
    ['abcdef1!', 'lower, digit, symbol'],
    ['ABCDEF1!', 'upper, digit, symbol'],
    ['Abcdefg!', 'upper, lower, symbol'],
    ['Ab1!Ab1!', 'all four'],
    ['Ab1 cdef', 'a space counts as a symbol'],
    ['Ab1中文中文中', 'a Chinese character counts as a symbol'],
  ])('accepts %s (%s)', (password) => {
    expect(checkPassword(password, 'zhangsan', DEFAULT_PASSWORD_POLICY)).toEqual([]);
  });

  it.each([
    ['Ab1!', [TOO_SHORT]],
    ['Abcdef1', [TOO_SHORT]],
    ['abcdefgh', [classes(3)]],
    ['ABCDEFGH', [classes(3)]],
    ['12345678', [classes(3)]],
    ['!@#$%^&*', [classes(3)]],
    ['abcd1234', [classes(3)]],
    ['abc', [TOO_SHORT, classes(3)]],
    ['', [TOO_SHORT, classes(3)]],
  ])('rejects %j with %j', (password, problems) => {
    expect(checkPassword(password, 'zhangsan', DEFAULT_PASSWORD_POLICY)).toEqual(problems);
  });

  it.each([
    ['zhangsan#2026', 'zhangsan'],
    ['X-ZhangSan-1', 'zhangsan'],
    ['Aa1!ZHANGSAN', 'zhangsan'],
    ['Aa1!zhangsan', 'ZhangSan'],
  ])('rejects %s because it contains the username %s (case-insensitive)', (password, username) => {
    expect(checkPassword(password, username, DEFAULT_PASSWORD_POLICY)).toEqual([HAS_USERNAME]);
  });

  it('does not compare with an empty username', () => {
    expect(checkPassword('Abcdef12', '', DEFAULT_PASSWORD_POLICY)).toEqual([]);
  });

  it('reports every problem at once', () => {
    expect(checkPassword('admin', 'admin', DEFAULT_PASSWORD_POLICY)).toEqual([TOO_SHORT, classes(3), HAS_USERNAME]);
  });
});

describe('checkPassword with a custom policy', () => {
  it.each([
    [{ minLength: 12, minClasses: 4 }, 'Abcdef12!xyz', []],
    [{ minLength: 12, minClasses: 4 }, 'Abcdef12!xy', ['密码至少12位']],
    [{ minLength: 12, minClasses: 4 }, 'Abcdef123xyz', [classes(4)]],
    [{ minLength: 6, minClasses: 1 }, 'abcdef', []],
    [{ minLength: 6, minClasses: 1 }, 'abcde', ['密码至少6位']],
    [{ minLength: 6, minClasses: 2 }, 'abcdef', [classes(2)]],
    [{ minLength: 6, minClasses: 2 }, 'abc123', []],
  ])('%j: %j → %j', (policy, password, problems) => {
    expect(checkPassword(password, 'user', policy)).toEqual(problems);
  });
});
