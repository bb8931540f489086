/** One bar of a count chart: its label on the axis and how many rows fall in it. */
export interface CountBar {
  label: string;
  count: number;
}
