import { describe, expect, it } from 'vitest';
import { attributesOf, readDocxXml, runsOf } from '../../test/docx';
import { type OfficialDocument, buildOfficialDocument, chineseNumeral, officialDate } from './gbt9704';

const sample: OfficialDocument = {
  issuer: '示范市直属机关工委',
  mark: '示范市直属机关工委文件',
  docNumber: '示工委发〔2026〕3号',
  title: '关于2026年第一季度督办事项办理情况的通报',
  addressee: '市直各单位',
  sections: [
    { kind: 'paragraph', text: '现将有关情况通报如下。' },
    { kind: 'heading', level: 1, text: '总体情况' },
    { kind: 'heading', level: 2, text: '立项情况。', body: '共立项12件。' },
    { kind: 'heading', level: 3, text: '按期办结' },
    { kind: 'heading', level: 4, text: '逾期' },
    { kind: 'heading', level: 2, text: '办结情况。' },
    { kind: 'table', caption: '办理情况', columns: [{ title: '单位', width: 3, align: 'left' }, { title: '件数' }], rows: [['示范市财政局', '3']] },
    { kind: 'heading', level: 1, text: '下一步要求' },
  ],
  signature: '示范市直属机关工委',
  date: '2026-03-02',
};

function runWith(runs: ReturnType<typeof runsOf>, text: string) {
  const found = runs.find((r) => r.text === text);
  if (!found) throw new Error(`no run "${text}" among ${runs.map((r) => r.text).join(' | ')}`);
  return found;
}

describe('GB/T 9704 official document', () => {
  it('lays out A4 with the standard margins, 22 lines a page and odd/even page numbers', async () => {
    const buffer = await buildOfficialDocument(sample);
    const xml = await readDocxXml(buffer);
    expect(attributesOf(xml, 'w:pgSz')).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    expect(attributesOf(xml, 'w:pgMar')).toMatchObject({ 'w:top': '2098', 'w:bottom': '1984', 'w:left': '1588', 'w:right': '1474' });
    expect(attributesOf(xml, 'w:docGrid')).toMatchObject({ 'w:type': 'lines', 'w:linePitch': '579' });
    expect(await readDocxXml(buffer, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const footers = [await readDocxXml(buffer, 'word/footer1.xml'), await readDocxXml(buffer, 'word/footer2.xml')];
    for (const footer of footers) {
      expect(footer).toMatch(/— [\s\S]*PAGE[\s\S]* —/);
      expect(runsOf(footer)[0]).toMatchObject({ size: 28, eastAsiaFont: '宋体', asciiFont: '宋体' });
    }
    expect(footers.map((f) => attributesOf(f, 'w:jc')['w:val']).sort()).toEqual(['left', 'right']);
  });

  it('sets the red 发文机关标志, the 发文字号, the 2号小标宋 title and the 3号仿宋 body', async () => {
    const xml = await readDocxXml(await buildOfficialDocument(sample));
    const runs = runsOf(xml);
    expect(runWith(runs, '示范市直属机关工委文件')).toMatchObject({ color: 'FF0000', eastAsiaFont: '方正小标宋简体' });
    expect(runWith(runs, '示工委发〔2026〕3号')).toMatchObject({ size: 32, eastAsiaFont: '仿宋_GB2312' });
    expect(xml).toMatch(/<w:bottom w:val="single" w:color="FF0000"/);
    expect(runWith(runs, sample.title)).toMatchObject({ size: 44, eastAsiaFont: '方正小标宋简体' });
    expect(runWith(runs, '市直各单位：')).toMatchObject({ size: 32, eastAsiaFont: '仿宋_GB2312' });
    expect(runWith(runs, '现将有关情况通报如下。')).toMatchObject({ size: 32, eastAsiaFont: '仿宋_GB2312' });
    expect(xml).toContain('<w:spacing w:line="579" w:lineRule="exact"/>');
    expect(xml).toMatch(/<w:ind w:firstLine="640" w:firstLineChars="200"\/>/);
  });

  it('numbers the headings by level in 黑体, 楷体 and 仿宋, restarting below a higher level', async () => {
    const runs = runsOf(await readDocxXml(await buildOfficialDocument(sample)));
    expect(runWith(runs, '一、总体情况').eastAsiaFont).toBe('黑体');
    expect(runWith(runs, '（一）立项情况。').eastAsiaFont).toBe('楷体_GB2312');
    expect(runWith(runs, '共立项12件。').eastAsiaFont).toBe('仿宋_GB2312');
    expect(runWith(runs, '1.按期办结').eastAsiaFont).toBe('仿宋_GB2312');
    expect(runWith(runs, '（1）逾期').eastAsiaFont).toBe('仿宋_GB2312');
    expect(runWith(runs, '（二）办结情况。').eastAsiaFont).toBe('楷体_GB2312');
    expect(runWith(runs, '二、下一步要求').eastAsiaFont).toBe('黑体');
  });

  it('puts a table across the 版心 and ends with the signature and the date two characters further right', async () => {
    const xml = await readDocxXml(await buildOfficialDocument(sample));
    expect(attributesOf(xml, 'w:tblW')).toMatchObject({ 'w:w': '8844', 'w:type': 'dxa' });
    expect(runWith(runsOf(xml), '示范市财政局')).toMatchObject({ eastAsiaFont: '仿宋_GB2312' });
    // 9 characters of signature 2 from the edge; the date (6 characters wide) starts 2 further right.
    expect(xml).toMatch(/<w:ind w:right="640"\/><w:jc w:val="right"\/><\/w:pPr><w:r>[\s\S]*?示范市直属机关工委<\/w:t>[\s\S]*?<w:ind w:right="960"\/><w:jc w:val="right"\/><\/w:pPr><w:r>[\s\S]*?2026年3月2日<\/w:t>/);
  });

  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [35, '三十五'],
  ])('writes %i as %s', (n, text) => {
    expect(chineseNumeral(n)).toBe(text);
  });

  it.each([
    ['2026-03-02', '2026年3月2日'],
    ['2026-12-31', '2026年12月31日'],
  ])('writes the date %s as %s', (iso, text) => {
    expect(officialDate(iso)).toBe(text);
  });
});
