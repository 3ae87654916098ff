import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import base from '../../vitest.config.ts';

const setup = fileURLToPath(new URL('./shiftedCalendar.setup.ts', import.meta.url));

/**
 * The project's test configuration with the calendar moved to
 * LANTERN_TEST_CALENDAR_AT. Run the same files over several weeks to show
 * they do not depend on today's date:
 *   LANTERN_TEST_CALENDAR_AT=2026-05-12T08:00:00Z npx vitest run -c scripts/calendar/shiftedCalendar.vitest.config.ts <files>
 */
export default defineConfig({
  test: {
    projects: (base.test?.projects ?? []).map((project) => {
      const { test } = project as { test: Record<string, unknown> };
      return { test: { ...test, root: process.cwd(), setupFiles: [setup] } };
    }),
  },
});
