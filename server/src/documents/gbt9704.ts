/**
 * Official documents (公文) in the layout of GB/T 9704-2012《党政机关公文格式》, as .docx: A4, the
 * 156 × 225 mm 版心, the red 发文机关标志, the 小标宋 title, the 仿宋 body on a 22-line grid, the
 * 黑体 / 楷体 level headings, the 发文机关署名 and 成文日期, and "— 1 —" page numbers outside.
 * General on purpose: any 通报 or 通知 the platform writes is a list of blocks.
 */
import { AlignmentType, BorderStyle, Document, DocumentGridType, Footer, LineRuleType, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlignTable, WidthType } from 'docx';

/** A body paragraph: 3号仿宋, first line indented two characters. */
export interface DocumentParagraph {
  kind: 'paragraph';
  text: string;
}

/**
 * A 结构层次 heading, numbered by the builder: level 1 "一、" (黑体), 2 "（一）" (楷体), 3 "1." and
 * 4 "（1）" (仿宋). `body` runs on in the same paragraph in 仿宋, as the standard allows.
 */
export interface DocumentHeading {
  kind: 'heading';
  level: 1 | 2 | 3 | 4;
  text: string;
  body?: string;
}

export interface DocumentTableColumn {
  title: string;
  /** Relative width; columns without one share equally. */
  width?: number;
  align?: 'left' | 'center' | 'right';
}

/** A table across the 版心, its header row repeated on each page, with an optional caption above it. */
export interface DocumentTable {
  kind: 'table';
  caption?: string;
  columns: DocumentTableColumn[];
  rows: string[][];
}

export type DocumentBlock = DocumentParagraph | DocumentHeading | DocumentTable;

export interface OfficialDocument {
  /** 发文机关 (used for the 发文机关标志 unless `mark` says otherwise). */
  issuer: string;
  /** 发文机关标志 when it differs from the issuer's name, e.g. "××机关工委文件". */
  mark?: string;
  /** 发文字号, e.g. "×工委发〔2026〕3号". */
  docNumber?: string;
  title: string;
  /** 主送机关, e.g. "各县区机关工委，市直各单位："; the colon is added when missing. */
  addressee?: string;
  sections: DocumentBlock[];
  /** 发文机关署名. */
  signature: string;
  /** 成文日期, YYYY-MM-DD. */
  date: string;
}

/** The fonts the standard names, by the names Chinese Word installations know them. */
export const GBT9704_FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  level1: '黑体',
  level2: '楷体_GB2312',
  pageNumber: '宋体',
} as const;

/** Font sizes in half-points (w:sz): 2号 22 pt, 3号 16 pt, 4号 14 pt. */
const SIZE = { title: 44, body: 32, pageNumber: 28, table: 28 } as const;

const TWIPS_PER_MM = 1440 / 25.4;
const mm = (value: number): number => Math.round(value * TWIPS_PER_MM);

/**
 * A4 and the margins that leave the 156 × 225 mm 版心: top 37, bottom 35, left 28, right 26 mm, in
 * twips as Word writes those millimetres.
 */
export const GBT9704_PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 },
} as const;

const TEXT_WIDTH = GBT9704_PAGE.width - GBT9704_PAGE.margin.left - GBT9704_PAGE.margin.right;
/** 22 lines in the 225 mm 版心: the usual fixed 28.95 pt, in twips. */
const LINE = 579;
/** One character of 3号 text, in twips: indents are counted in characters. */
const CHAR = 320;
const RED = 'FF0000';

/** Chinese fonts for the Han characters; Latin letters and digits in Times New Roman, as templates do. */
function fonts(eastAsia: string, latin = 'Times New Roman') {
  return { ascii: latin, hAnsi: latin, eastAsia, cs: latin, hint: 'eastAsia' };
}

const zh = { eastAsia: 'zh-CN', value: 'en-US' };

function run(text: string, font: string, size: number, extra: { color?: string; bold?: boolean } = {}): TextRun {
  return new TextRun({ text, font: fonts(font), size, language: zh, ...extra });
}

const exactLine = { line: LINE, lineRule: LineRuleType.EXACT };

function blankLine(): Paragraph {
  return new Paragraph({ spacing: exactLine, children: [] });
}

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九. */
export function chineseNumeral(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]!}十${units === 0 ? '' : CHINESE_DIGITS[units]!}`;
}

/** "2026-03-02" → "2026年3月2日": Arabic numerals, the year in full, no leading zeros. */
export function officialDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** Width in characters of 3号 text: Han characters and punctuation 1, Latin letters and digits 0.5. */
function widthInChars(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  return width;
}

function markBlock(doc: OfficialDocument): Paragraph[] {
  const mark = doc.mark ?? doc.issuer;
  // The standard leaves the size to 醒目、美观、庄重: 36 pt, smaller when a long name must fit the 156 mm line.
  const fitting = Math.floor(TEXT_WIDTH / 20 / widthInChars(mark));
  const size = Math.max(22, Math.min(36, fitting)) * 2;
  const separator = { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 11 } };
  const markParagraph = new Paragraph({
    alignment: AlignmentType.CENTER,
    // 上边缘至版心上边缘 35 mm.
    spacing: { before: mm(35), after: 0, line: 240, lineRule: LineRuleType.AUTO },
    children: [run(mark, GBT9704_FONTS.title, size, { color: RED })],
    ...(doc.docNumber ? {} : { border: separator }),
  });
  if (!doc.docNumber) return [markParagraph, blankLine(), blankLine()];
  return [
    markParagraph,
    blankLine(),
    blankLine(),
    // The red 版头分隔线 4 mm below the 发文字号, as wide as the 版心.
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: exactLine, border: separator, children: [run(doc.docNumber, GBT9704_FONTS.body, SIZE.body)] }),
    blankLine(),
    blankLine(),
  ];
}

function headingNumber(level: DocumentHeading['level'], n: number): string {
  if (level === 1) return `${chineseNumeral(n)}、`;
  if (level === 2) return `（${chineseNumeral(n)}）`;
  if (level === 3) return `${n}.`;
  return `（${n}）`;
}

const HEADING_FONT: Record<DocumentHeading['level'], string> = {
  1: GBT9704_FONTS.level1,
  2: GBT9704_FONTS.level2,
  3: GBT9704_FONTS.body,
  4: GBT9704_FONTS.body,
};

const bodyParagraph = { alignment: AlignmentType.JUSTIFIED, spacing: exactLine, indent: { firstLine: 2 * CHAR, firstLineChars: 200 } };

function tableBlock(block: DocumentTable): (Paragraph | Table)[] {
  const weights = block.columns.map((c) => c.width ?? 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((TEXT_WIDTH * w) / total));
  widths[widths.length - 1]! += TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  const align = (c: DocumentTableColumn | undefined) => (c?.align === 'left' ? AlignmentType.LEFT : c?.align === 'right' ? AlignmentType.RIGHT : AlignmentType.CENTER);
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
      children: [
        new Paragraph({
          alignment: header ? AlignmentType.CENTER : align(block.columns[i]),
          spacing: { line: 400, lineRule: LineRuleType.EXACT },
          children: [run(text, header ? GBT9704_FONTS.level1 : GBT9704_FONTS.body, SIZE.table)],
        }),
      ],
    });
  const table = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    alignment: AlignmentType.CENTER,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: block.columns.map((c, i) => cell(c.title, i, true)) }),
      ...block.rows.map((r) => new TableRow({ cantSplit: true, children: block.columns.map((_c, i) => cell(r[i] ?? '', i, false)) })),
    ],
  });
  const caption = block.caption
    ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: exactLine, keepNext: true, children: [run(block.caption, GBT9704_FONTS.level1, SIZE.body)] })]
    : [];
  // A paragraph after the table keeps the following text off its bottom border.
  return [...caption, table, blankLine()];
}

function bodyBlocks(blocks: DocumentBlock[]): (Paragraph | Table)[] {
  const counters = [0, 0, 0, 0];
  return blocks.flatMap((block): (Paragraph | Table)[] => {
    if (block.kind === 'paragraph') return [new Paragraph({ ...bodyParagraph, children: [run(block.text, GBT9704_FONTS.body, SIZE.body)] })];
    if (block.kind === 'table') return tableBlock(block);
    const index = block.level - 1;
    counters[index]! += 1;
    for (let deeper = index + 1; deeper < counters.length; deeper++) counters[deeper] = 0;
    const children = [run(`${headingNumber(block.level, counters[index]!)}${block.text}`, HEADING_FONT[block.level], SIZE.body)];
    if (block.body) children.push(run(block.body, GBT9704_FONTS.body, SIZE.body));
    return [new Paragraph({ ...bodyParagraph, keepNext: !block.body, children })];
  });
}

/**
 * 发文机关署名 right, two characters from the edge; 成文日期 on the next line, its first character
 * two characters right of the signature's; a date longer than that pushes the signature left.
 */
function signatureBlock(signature: string, date: string): Paragraph[] {
  const dateText = officialDate(date);
  const s = widthInChars(signature);
  const d = widthInChars(dateText);
  const dateRight = Math.max(2, s - d);
  const signatureRight = dateRight + d + 2 - s;
  const line = (text: string, rightChars: number) =>
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: exactLine, indent: { right: Math.round(rightChars * CHAR) }, children: [run(text, GBT9704_FONTS.body, SIZE.body)] });
  return [blankLine(), line(signature, signatureRight), line(dateText, dateRight)];
}

/** "— 1 —" in 4号宋体: odd pages right, even pages left, one character from the edge. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const font = fonts(GBT9704_FONTS.pageNumber, GBT9704_FONTS.pageNumber);
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: 280 } : { left: 280 },
        children: [new TextRun({ font, size: SIZE.pageNumber, children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

export function officialDocument(doc: OfficialDocument): Document {
  const addressee = doc.addressee
    ? [new Paragraph({ spacing: exactLine, children: [run(/[：:]$/.test(doc.addressee) ? doc.addressee : `${doc.addressee}：`, GBT9704_FONTS.body, SIZE.body)] })]
    : [];
  return new Document({
    title: doc.title,
    creator: doc.issuer,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: fonts(GBT9704_FONTS.body), size: SIZE.body, language: zh },
          paragraph: { spacing: exactLine },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: GBT9704_PAGE.width, height: GBT9704_PAGE.height },
            // The page number's lower edge 7 mm below the 版心: 28 mm from the bottom of the page.
            margin: { ...GBT9704_PAGE.margin, header: mm(15), footer: mm(28) },
          },
          // A line grid only: Word's character grid (28 a line) makes LibreOffice snap every line, tables
          // included, to the grid and doubles the page count.
          grid: { type: DocumentGridType.LINES, linePitch: LINE },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: [
          ...markBlock(doc),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: exactLine, children: [run(doc.title, GBT9704_FONTS.title, SIZE.title)] }),
          blankLine(),
          ...addressee,
          ...bodyBlocks(doc.sections),
          ...signatureBlock(doc.signature, doc.date),
        ],
      },
    ],
  });
}

/** The document as the bytes of a .docx file. */
export async function buildOfficialDocument(doc: OfficialDocument): Promise<Buffer> {
  return Packer.toBuffer(officialDocument(doc));
}
