/** Byte values the CSV readers (ingest, bulk) test for. */
export const QUOTE = 34;
export const LF = 10;
export const CR = 13;
