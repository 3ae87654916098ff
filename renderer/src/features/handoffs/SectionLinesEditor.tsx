import { useEffect, useRef, useState } from 'react';
import type { BriefItem } from '../../../../shared/schema/handoff.ts';
import { briefTime } from '../../../../shared/handoffs/briefTime.ts';
import { Button } from '../../ui/Button.tsx';

/**
 * One list section of a draft brief, line by line. Editing a drafted line
 * makes it the lead's own (carried into the next brief); added lines are new.
 */
export function SectionLinesEditor({
  title,
  lines,
  onChange,
}: {
  title: string;
  lines: readonly BriefItem[];
  onChange: (lines: BriefItem[]) => void;
}) {
  const edit = (index: number, text: string) =>
    onChange(lines.map((line, i) => (i === index ? { ...line, text, drafted: false } : line)));
  const remove = (index: number) => onChange(lines.filter((_, i) => i !== index));
  const list = useRef<HTMLOListElement>(null);
  // The line just added takes focus, so typing goes into it rather than the button.
  const [focusLine, setFocusLine] = useState<number | null>(null);
  useEffect(() => {
    if (focusLine === null) return;
    const input = list.current?.querySelectorAll('input')[focusLine];
    if (!input) return; // the new line renders with the parent's next state
    input.focus();
    setFocusLine(null);
  }, [focusLine, lines.length]);
  const add = () => {
    onChange([...lines, { text: '', isNew: true, drafted: false }]);
    setFocusLine(lines.length);
  };
  return (
    <fieldset className="brief-editor-section">
      <legend className="brief-heading">{title}</legend>
      {lines.length === 0 ? <p className="muted">None recorded.</p> : null}
      <ol className="brief-editor-lines" ref={list}>
        {lines.map((line, index) => (
          <li key={index} className="brief-editor-line">
            {line.isNew ? <span className="brief-new">NEW</span> : null}
            {line.at ? (
              <time className="brief-editor-time" dateTime={line.at}>
                {briefTime(line.at)}
              </time>
            ) : null}
            <input
              className="control"
              aria-label={`${title}, line ${index + 1}`}
              value={line.text}
              maxLength={2000}
              onChange={(event) => edit(index, event.target.value)}
            />
            <Button
              variant="ghost"
              aria-label={`Remove ${title.toLowerCase()} line ${index + 1}`}
              onClick={() => remove(index)}
            >
              ✕
            </Button>
          </li>
        ))}
      </ol>
      <div>
        <Button variant="ghost" onClick={add}>
          Add a line to {title.toLowerCase()}
        </Button>
      </div>
    </fieldset>
  );
}
