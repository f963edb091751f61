// LIKE patterns from what a person typed: %, _ and \ match themselves (used with ESCAPE '\').

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** "contains" */
export function likeContains(text: string): string {
  return `%${escapeLike(text)}%`;
}
