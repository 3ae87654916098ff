import { Kbd } from '../../ui/Kbd.tsx';
import type { LanternAction } from './lanternActions.ts';

export const PALETTE_OPTIONS_ID = 'palette-options';

export function paletteOptionId(index: number): string {
  return `palette-option-${index}`;
}

interface PaletteOptionsProps {
  matches: readonly LanternAction[];
  activeIndex: number;
  onHover: (index: number) => void;
  onRun: (action: LanternAction) => void;
}

/** The matching actions; the input keeps focus and points at the active one. */
export function PaletteOptions({ matches, activeIndex, onHover, onRun }: PaletteOptionsProps) {
  return (
    <ul id={PALETTE_OPTIONS_ID} className="palette-options" role="listbox" aria-label="Actions">
      {matches.map((action, index) => (
        <li
          key={action.id}
          id={paletteOptionId(index)}
          role="option"
          aria-selected={index === activeIndex}
          className="palette-option"
          onMouseEnter={() => onHover(index)}
          onClick={() => onRun(action)}
        >
          <span className="palette-section">{action.section}</span>
          <span className="palette-label">{action.label}</span>
          {action.keys ? <Kbd keys={action.keys} /> : null}
        </li>
      ))}
    </ul>
  );
}
