import { useState, type KeyboardEvent } from 'react';
import { useAppDispatch, useAppSelector } from '../../app/store/hooks.ts';
import { filterActions, type ActionContext, type LanternAction } from './lanternActions.ts';
import { paletteClosed, selectPaletteOpen } from './paletteSlice.ts';
import { PALETTE_OPTIONS_ID, PaletteOptions, paletteOptionId } from './PaletteOptions.tsx';

interface PaletteProps {
  actions: readonly LanternAction[];
  context: ActionContext;
}

/** Ctrl/⌘+K: find and run any action by typing part of its name. */
export function CommandPalette(props: PaletteProps) {
  const open = useAppSelector(selectPaletteOpen);
  return open ? <PaletteDialog {...props} /> : null;
}

function PaletteDialog({ actions, context }: PaletteProps) {
  const dispatch = useAppDispatch();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = filterActions(actions, query).slice(0, 10);
  const activeIndex = Math.min(active, Math.max(0, matches.length - 1));
  const close = () => dispatch(paletteClosed());

  function run(action: LanternAction | undefined) {
    if (!action) return;
    close();
    if (action.id !== 'open-command-palette') action.perform(context);
  }

  function onKeyDown(event: KeyboardEvent) {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };
    if (event.key in moves) {
      event.preventDefault();
      setActive(
        (activeIndex + (moves[event.key] ?? 0) + matches.length) % Math.max(1, matches.length),
      );
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(matches[activeIndex]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  }

  return (
    <div
      className="palette-backdrop"
      onMouseDown={(event) => event.target === event.currentTarget && close()}
    >
      <div className="palette" role="dialog" aria-modal="true" aria-label="Command palette">
        <input
          className="palette-input"
          role="combobox"
          aria-label="Search actions"
          aria-expanded="true"
          aria-controls={PALETTE_OPTIONS_ID}
          aria-activedescendant={matches[activeIndex] ? paletteOptionId(activeIndex) : undefined}
          placeholder="Type an action or an incident…"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          autoFocus
        />
        <PaletteOptions
          matches={matches}
          activeIndex={activeIndex}
          onHover={setActive}
          onRun={run}
        />
        {matches.length === 0 ? (
          <p className="palette-empty">No action matches “{query}”.</p>
        ) : null}
      </div>
    </div>
  );
}
