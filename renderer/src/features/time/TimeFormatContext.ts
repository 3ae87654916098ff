import { createContext } from 'react';
import { timeFormatIn, type TimeFormat } from './timeFormatIn.ts';

/** Outside the app's provider (a bare component test) times are shown in UTC, labelled. */
export const TimeFormatContext = createContext<TimeFormat>(timeFormatIn('UTC'));
