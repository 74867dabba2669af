import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize-text';

describe('normalizeText', () => {
  it.each([
    ['３６０１０２１９９００１０１１２３Ｘ', '36010219900101123X', 'full-width digits and letter'],
    ['ＡＢＣａｂｃ', 'ABCabc', 'full-width letters'],
    ['１３８００１３８０００', '13800138000', 'a full-width phone number'],
    ['２０２０／１／２', '2020/1/2', 'full-width slash'],
    ['（第一党支部）', '(第一党支部)', 'full-width parentheses'],
    ['Ａ！＂＃＄％＆＇＊＋，－．：；＜＝＞？＠［＼］＾＿｀｛｜｝～', 'A!"#$%&\'*+,-.:;<=>?@[\\]^_`{|}~', 'full-width punctuation'],
    ['张\u3000伟', '张 伟', 'the ideographic space'],
    ['张\u00A0伟', '张 伟', 'a no-break space'],
    ['  办公室  ', '办公室', 'ends trimmed'],
    ['\u3000办公室\u3000', '办公室', 'ideographic spaces at the ends'],
    ['一级   主任\t\t科员', '一级 主任 科员', 'runs collapsed'],
    ['第一\r\n党支部', '第一 党支部', 'line breaks from a pasted cell'],
    ['\u3000 \t', '', 'only white space'],
    ['', '', 'empty'],
    ['中共党员', '中共党员', 'Chinese text unchanged'],
    ['。、“”', '。、“”', 'CJK punctuation (not full-width ASCII) unchanged'],
  ])('%j → %j (%s)', (input, output) => {
    expect(normalizeText(input)).toBe(output);
  });

  it('is idempotent', () => {
    const once = normalizeText('　ＡＢＣ　　１２３　');
    expect(normalizeText(once)).toBe(once);
    expect(once).toBe('ABC 123');
  });
});
