import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';

/** The parts of a .docx that tests read: the body and the section properties. */
export async function readDocxXml(buffer: Buffer, part = 'word/document.xml'): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const file = zip.file(part);
  if (!file) throw new Error(`${part} missing from the .docx`);
  return file.async('string');
}

/** The attributes of the first element named `tag` (e.g. "w:pgSz"), as strings. */
export function attributesOf(xml: string, tag: string): Record<string, string> {
  const match = new RegExp(`<${tag}(\\s[^>]*)?/?>`).exec(xml);
  if (!match) throw new Error(`no <${tag}> in the XML`);
  return Object.fromEntries([...(match[1] ?? '').matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
}

export interface DocxRun {
  text: string;
  /** w:sz, in half-points. */
  size: number | null;
  eastAsiaFont: string | null;
  asciiFont: string | null;
  color: string | null;
}

/** Every text run of the body, with the properties written on it. */
export function runsOf(xml: string): DocxRun[] {
  return [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => {
    const body = m[1]!;
    const fonts = /<w:rFonts\s[^>]*\/>/.exec(body)?.[0] ?? '';
    return {
      text: [...body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
      size: /<w:sz w:val="(\d+)"/.exec(body) ? Number(/<w:sz w:val="(\d+)"/.exec(body)![1]) : null,
      eastAsiaFont: /w:eastAsia="([^"]*)"/.exec(fonts)?.[1] ?? null,
      asciiFont: /w:ascii="([^"]*)"/.exec(fonts)?.[1] ?? null,
      color: /<w:color w:val="([^"]*)"/.exec(body)?.[1] ?? null,
    };
  });
}

const run = promisify(execFile);

/**
 * Converts a .docx with LibreOffice (`soffice --headless --convert-to pdf`) in a private profile,
 * so parallel runs do not fight over one, and returns the PDF's bytes.
 */
export async function convertToPdf(buffer: Buffer): Promise<{ pdf: Buffer; stderr: string }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mofan-docx-'));
  try {
    const input = path.join(dir, 'document.docx');
    await fs.writeFile(input, buffer);
    const { stderr } = await run('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input], { timeout: 55_000 });
    return { pdf: await fs.readFile(path.join(dir, 'document.pdf')), stderr };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** Pages of a PDF: its page objects (`/Type /Page`, not `/Pages`). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** The page sizes of a PDF in points, as `[width, height]`, one per MediaBox. */
export function pdfMediaBoxes(pdf: Buffer): [number, number][] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Number(m[3]) - Number(m[1]), Number(m[4]) - Number(m[2])]);
}
