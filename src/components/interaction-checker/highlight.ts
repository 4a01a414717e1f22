/** A run of a suggestion's text, emphasised when it matched what the person typed. */
export interface TextSegment {
  text: string;
  matched: boolean;
}

/**
 * Splits `text` by the search's [start, end) ranges. Ranges are clamped, sorted and merged, so a
 * bad range from the search can never drop or repeat a letter: the segments always join back into
 * `text`. Rendered as text nodes (`<mark>` for matches), never as HTML.
 */
export function splitByHighlights(text: string, ranges: readonly (readonly [number, number])[]): TextSegment[] {
  const clean = ranges
    .map(
      ([start, end]) => [Math.max(0, Math.min(start, text.length)), Math.max(0, Math.min(end, text.length))] as const,
    )
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const [start, end] of clean) {
    if (end <= cursor) continue;
    const from = Math.max(start, cursor);
    if (from > cursor) segments.push({ text: text.slice(cursor, from), matched: false });
    segments.push({ text: text.slice(from, end), matched: true });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), matched: false });
  // Adjacent matched runs (touching ranges) read better as one <mark>.
  return segments.reduce<TextSegment[]>((joined, segment) => {
    const last = joined[joined.length - 1];
    if (last && last.matched === segment.matched) last.text += segment.text;
    else joined.push({ ...segment });
    return joined;
  }, []);
}
