import { formatLookupCode } from '@mofan/shared';

export interface LookupSlip {
  code: string;
  title: string;
  nodeName: string;
  raisedOn: string;
}

/** Where the person looks the request up: this site's public page. */
export function lookupPageUrl(): string {
  return `${window.location.origin}/lookup`;
}

function line(doc: Document, label: string, value: string, big = false): HTMLElement {
  const p = doc.createElement('p');
  const strong = doc.createElement('strong');
  strong.textContent = `${label}：`;
  const span = doc.createElement('span');
  span.textContent = value;
  if (big) span.style.cssText = 'font-size:28px;letter-spacing:4px;font-family:monospace';
  p.append(strong, span);
  return p;
}

/**
 * Prints the slip handed to the person who raised the need: the code, where to look it up, what
 * it is about. Built in a hidden frame with text nodes only (no HTML from data), so that no
 * pop-up blocker stands in the way and the page itself is not printed.
 */
export function printLookupSlip(slip: LookupSlip): void {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0';
  document.body.appendChild(frame);
  const win = frame.contentWindow;
  const doc = frame.contentDocument;
  if (!win || !doc) {
    frame.remove();
    return;
  }
  doc.title = '群众诉求查询回执';
  doc.body.style.cssText = 'font-family:"Microsoft YaHei","PingFang SC",sans-serif;padding:24px;font-size:16px;line-height:1.8';
  const heading = doc.createElement('h2');
  heading.textContent = '群众诉求查询回执';
  heading.style.textAlign = 'center';
  const hint = doc.createElement('p');
  hint.textContent = '请妥善保管查询码。无需注册登录，访问上述网址输入查询码，即可查看办理进度，办结后可评价是否满意。';
  hint.style.cssText = 'margin-top:24px;color:#555;font-size:14px';
  doc.body.append(
    heading,
    line(doc, '诉求事项', slip.title),
    line(doc, '受理单位', slip.nodeName),
    line(doc, '提出日期', slip.raisedOn),
    line(doc, '查询码', formatLookupCode(slip.code), true),
    line(doc, '查询网址', lookupPageUrl()),
    hint,
  );
  win.focus();
  win.print();
  // The print dialog blocks in most browsers; the frame goes once it is closed.
  window.setTimeout(() => frame.remove(), 1000);
}
