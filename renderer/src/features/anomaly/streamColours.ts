/** Colours that read on a light screen and on the wall's dark one alike. */
export const STREAM_COLOURS = {
  value: '#2b7fd4',
  band: 'rgba(124, 196, 255, 0.35)',
  anomaly: '#e0342b',
  axis: '#8a90a0',
  grid: '#c8ccd6',
};
