/**
 * Quote-mark pairing over the whole text: curly “ ”, straight ", guillemets « », and single
 * ‘ ’ / ' quotes outside double quotes. A quote open at the end of a paragraph continues when the
 * next paragraph opens with a quote mark (news convention); otherwise it ends with its paragraph.
 */
export interface Quote {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or -1 when the quote ran to the end of its paragraph unclosed. */
  close: number;
  /** Length of the closing mark (2 for the typewriter '' of some newswires). */
  closeLen: number;
  /** Inner text ranges without quote marks, one per paragraph. */
  pieces: Array<{ start: number; end: number }>;
  style: 'double' | 'single' | 'guillemet';
}

const WORD = /[\p{L}\p{N}]/u;
const isWord = (c: string | undefined): boolean => c !== undefined && WORD.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';

export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  let open = -1;
  let pieceStart = -1;
  let pieces: Array<{ start: number; end: number }> = [];
  let style = 'double' as Quote['style'];
  let sOpen = -1;
  const trimEnd = (end: number): number => {
    while (end > 0 && isSpace(text[end - 1])) end--;
    return end;
  };
  const pushPiece = (end: number): void => {
    const e = trimEnd(end);
    let b = pieceStart;
    while (b < e && isSpace(text[b])) b++;
    if (e > b) pieces.push({ start: b, end: e });
  };
  const finish = (close: number, closeLen = 1): void => {
    if (pieces.length > 0) quotes.push({ open, close, closeLen, pieces, style });
    open = -1;
    pieces = [];
  };
  const begin = (i: number, s: Quote['style'], len = 1): void => {
    open = i;
    pieceStart = i + len;
    pieces = [];
    style = s;
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i] as string;
    if (c === '\n') {
      sOpen = -1;
      if (open < 0) continue;
      let j = i + 1;
      while (j < n && isSpace(text[j])) j++;
      const next = text[j];
      const twin = next === "'" && text[j + 1] === "'";
      if (next === '“' || next === '"' || next === '«' || twin || (style === 'single' && (next === '‘' || next === "'"))) {
        pushPiece(i);
        pieceStart = j + (twin ? 2 : 1);
        i = j + (twin ? 1 : 0);
      } else {
        pushPiece(i);
        finish(-1);
      }
      continue;
    }
    if (c === '“' || c === '„' || c === '«') {
      if (open < 0) begin(i, c === '«' ? 'guillemet' : 'double');
      continue;
    }
    if (c === '”' || c === '»') {
      if (open >= 0 && style !== 'single') {
        pushPiece(i);
        finish(i);
      } else if (open >= 0 && style === 'single' && c === '”') {
        // unbalanced: ignore
      }
      continue;
    }
    if ((c === "'" && text[i + 1] === "'") || (c === '`' && text[i + 1] === '`')) {
      // typewriter double quotes: ''…'' or ``…''
      if (open >= 0 && style === 'double' && c === "'") {
        pushPiece(i);
        finish(i, 2);
        i++;
      } else if (open < 0 && !isSpace(text[i + 2])) {
        begin(i, 'double', 2);
        sOpen = -1;
        i++;
      }
      continue;
    }
    if (c === '"') {
      if (open >= 0 && style === 'double') {
        pushPiece(i);
        finish(i);
      } else if (open < 0 && !isSpace(text[i + 1])) {
        begin(i, 'double');
        sOpen = -1;
      }
      continue;
    }
    if (open >= 0 && style !== 'single') continue; // single quotes nested inside a double quote
    if (c === '‘' || (c === "'" && (i === 0 || isSpace(text[i - 1]) || text[i - 1] === '(') && isWord(text[i + 1]))) {
      if (open < 0 && !isWord(text[i - 1])) {
        begin(i, 'single');
        sOpen = i;
      }
      continue;
    }
    if ((c === '’' || c === "'") && open >= 0 && style === 'single' && sOpen >= 0 && !isWord(text[i + 1]) && !isSpace(text[i - 1])) {
      pushPiece(i);
      finish(i);
      sOpen = -1;
    }
  }
  if (open >= 0) {
    pushPiece(n);
    finish(-1);
  }
  return quotes;
}
