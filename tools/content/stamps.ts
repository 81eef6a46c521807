/** Size and modification time: what tells an unchanged source file apart without reading it. */
export interface Stamp {
  mtimeMs: number;
  size: number;
}
