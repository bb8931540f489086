import { roundPrice } from './output-columns';

/** Prices whose cents stay below this are written digit by digit; larger ones through String. */
const MAX_PLAIN_CENTS = 1e15;
const SHORT_COPY_BYTES = 64;

/**
 * A growable byte buffer the output of one window is written into, reused from window to
 * window: copies of input bytes, prices as digits, and text (UTF-8) for everything else.
 */
export class OutputBuffer {
  private buffer = new Uint8Array(1 << 20);
  private length = 0;
  private readonly encoder = new TextEncoder();

  /** The bytes written since the last reset; a view that the next write may overwrite. */
  view(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  reset(): void {
    this.length = 0;
  }

  /** Appends `bytes[start, end)`. */
  copy(bytes: Uint8Array, start: number, end: number): void {
    this.reserve(end - start);
    const buffer = this.buffer;
    if (end - start > SHORT_COPY_BYTES) {
      buffer.set(bytes.subarray(start, end), this.length);
      this.length += end - start;
      return;
    }
    let at = this.length;
    for (let from = start; from < end; from++) buffer[at++] = bytes[from]!;
    this.length = at;
  }

  /** Appends one byte (an ASCII character code). */
  byte(code: number): void {
    this.reserve(1);
    this.buffer[this.length++] = code;
  }

  /** Appends text as UTF-8. */
  text(text: string): void {
    this.reserve(text.length * 3);
    this.length += this.encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
  }

  /**
   * Appends the cells of a priced row without error or note, each after `delimiter` (a char
   * code): price, low, high, then two empty cells.
   */
  pricedCells(delimiter: number, value: number, low: number, high: number): void {
    this.byte(delimiter);
    this.price(value);
    this.byte(delimiter);
    this.price(low);
    this.byte(delimiter);
    this.price(high);
    this.byte(delimiter);
    this.byte(delimiter);
  }

  /**
   * Appends a price as `String(roundPrice(value))` writes it: cents, then the decimal point and
   * trailing zeros dropped (`326.47`, `326.4`, `326`). For cents below 10^15 that is the
   * shortest text that reads back as the rounded double, so it equals String's own.
   */
  price(value: number): void {
    const cents = Math.round(value * 100);
    if (!(cents > -MAX_PLAIN_CENTS && cents < MAX_PLAIN_CENTS)) {
      this.text(String(roundPrice(value)));
      return;
    }
    this.reserve(24);
    let rest = cents;
    if (rest < 0) {
      this.buffer[this.length++] = 45;
      rest = -rest;
    }
    const whole = Math.floor(rest / 100);
    const fraction = rest - whole * 100;
    this.integer(whole);
    if (fraction === 0) return;
    const tens = Math.floor(fraction / 10);
    this.buffer[this.length++] = 46;
    this.buffer[this.length++] = 48 + tens;
    if (fraction !== tens * 10) this.buffer[this.length++] = 48 + fraction - tens * 10;
  }

  private integer(value: number): void {
    let digits = 1;
    for (let bound = 10; value >= bound; bound *= 10) digits++;
    let rest = value;
    for (let at = this.length + digits - 1; at >= this.length; at--) {
      const next = Math.floor(rest / 10);
      this.buffer[at] = 48 + rest - next * 10;
      rest = next;
    }
    this.length += digits;
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    const next = new Uint8Array(Math.max(this.length + extra, this.buffer.length * 2));
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }
}
