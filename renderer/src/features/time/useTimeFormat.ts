import { useContext } from 'react';
import type { TimeFormat } from './timeFormatIn.ts';
import { TimeFormatContext } from './TimeFormatContext.ts';

/** The viewer's formatters, from the nearest TimeFormatProvider (UTC outside one). */
export function useTimeFormat(): TimeFormat {
  return useContext(TimeFormatContext);
}
