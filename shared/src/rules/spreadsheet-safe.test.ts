import { describe, expect, it } from 'vitest';
import { neutralizeSpreadsheetText } from './spreadsheet-safe';

describe('neutralizeSpreadsheetText', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', "'=HYPERLINK(\"http://x\",\"y\")"],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['+86 13800138000', "'+86 13800138000"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
  ])('prefixes %j with an apostrophe', (value, safe) => {
    expect(neutralizeSpreadsheetText(value)).toBe(safe);
  });

  it.each([['张伟'], ['办公室'], ['13800138000'], ['一级主任科员'], ['a=b'], ['1+1'], ['x@y.cn'], [''], [' =1'], ["'already quoted"]])(
    'leaves %j unchanged',
    (value) => {
      expect(neutralizeSpreadsheetText(value)).toBe(value);
    },
  );
});
