import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { VirtualList } from './VirtualList.tsx';

interface Row {
  id: string;
  text: string;
}

const ROWS: Row[] = Array.from({ length: 50_000 }, (_, index) => ({
  id: `entry-${index}`,
  text: `Entry number ${index}`,
}));

function renderList(rows: readonly Row[]) {
  return render(
    <VirtualList
      items={rows}
      itemKey={(row) => row.id}
      label="Timeline"
      regionLabel="Timeline history"
      estimatedRowHeight={50}
      overscan={5}
      renderRow={(row, props) => (
        <li key={row.id} {...props}>
          {row.text}
        </li>
      )}
    />,
  );
}

describe('VirtualList', () => {
  afterEach(cleanup);

  it('renders only the rows in view plus overscan for 50,000 rows, as a named list', () => {
    renderList(ROWS);
    const list = screen.getByRole('list', { name: 'Timeline' });
    const items = screen.getAllByRole('listitem');
    // 800 px fallback viewport / 50 px rows = 16 visible + 1 partial + 5 overscan below.
    expect(items.length).toBeLessThanOrEqual(30);
    expect(items[0]?.textContent).toBe('Entry number 0');
    expect(items[0]?.getAttribute('aria-setsize')).toBe('50000');
    expect(list.style.paddingBottom).toBe(`${(50_000 - items.length) * 50}px`);
  });

  it('moves the window as the reader scrolls', () => {
    renderList(ROWS);
    const region = screen.getByRole('region', { name: 'Timeline history' });
    region.scrollTop = 25_000 * 50;
    fireEvent.scroll(region);

    const items = screen.getAllByRole('listitem');
    expect(items.length).toBeLessThanOrEqual(30);
    expect(items.map((item) => item.textContent)).toContain('Entry number 25000');
    expect(items[0]?.getAttribute('aria-posinset')).toBe('24996');
  });
});
