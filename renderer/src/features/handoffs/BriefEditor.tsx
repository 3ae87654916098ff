import { useState, type FormEvent } from 'react';
import {
  LIST_SECTIONS,
  SECTION_TITLES,
  type ListSection,
} from '../../../../shared/handoffs/briefTypes.ts';
import type { BriefItem, HandoffDoc } from '../../../../shared/schema/handoff.ts';
import { usePeople } from '../../app/db/lanternQueries.ts';
import { Button } from '../../ui/Button.tsx';
import { SelectField, TextAreaField } from '../../ui/Field.tsx';
import { personOptions } from '../command/roleOptions.ts';
import { RefusalNotice } from '../command/RefusalNotice.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';
import { SectionLinesEditor } from './SectionLinesEditor.tsx';

type Sections = Record<ListSection, BriefItem[]>;

function sectionsOf(brief: HandoffDoc): Sections {
  return Object.fromEntries(LIST_SECTIONS.map((s) => [s, brief[s]])) as Sections;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The outgoing lead's editor for a draft brief. Saving sends only the
 * sections that changed, so a peer's edit of another section is kept.
 */
export function BriefEditor({ brief }: { brief: HandoffDoc }) {
  const { send, pending, failure } = useCommand('saveHandoffBrief');
  const people = personOptions(usePeople().documents).filter(
    (option) => option.value !== brief.outgoingLeadId,
  );
  const [situation, setSituation] = useState(brief.situation);
  const [note, setNote] = useState(brief.note);
  const [incomingLeadId, setIncomingLeadId] = useState(brief.incomingLeadId);
  const [sections, setSections] = useState<Sections>(() => sectionsOf(brief));
  const [saved, setSaved] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    const changed = Object.fromEntries(
      LIST_SECTIONS.filter((s) => !same(sections[s], brief[s])).map((s) => [
        s,
        sections[s]
          .filter((line) => line.text.trim())
          .map(({ text, at, isNew, drafted }) => ({
            text,
            ...(at ? { at } : {}),
            isNew,
            ...(drafted !== undefined ? { drafted } : {}),
          })),
      ]),
    );
    const outcome = await send({
      briefId: brief.id,
      ...changed,
      ...(situation !== brief.situation ? { situation } : {}),
      ...(note !== brief.note ? { note } : {}),
      ...(incomingLeadId && incomingLeadId !== brief.incomingLeadId ? { incomingLeadId } : {}),
    });
    setSaved(outcome.ok);
  }

  const change = (section: ListSection) => (lines: BriefItem[]) => {
    setSaved(false);
    setSections((current) => ({ ...current, [section]: lines }));
  };

  return (
    <form className="brief-editor" onSubmit={save} aria-label="Edit the draft brief">
      <SelectField
        label="Incoming lead"
        options={[{ value: '', label: 'Choose…' }, ...people]}
        value={incomingLeadId}
        onChange={(event) => setIncomingLeadId(event.target.value)}
        error={problemFor(failure, 'incomingLeadId')}
        hint="Whoever takes command when they acknowledge the brief."
      />
      <TextAreaField
        label={SECTION_TITLES.situation}
        value={situation}
        rows={5}
        maxLength={5000}
        onChange={(event) => setSituation(event.target.value)}
      />
      {LIST_SECTIONS.map((section) => (
        <SectionLinesEditor
          key={section}
          title={SECTION_TITLES[section]}
          lines={sections[section]}
          onChange={change(section)}
        />
      ))}
      <TextAreaField
        label={SECTION_TITLES.note}
        value={note}
        rows={3}
        maxLength={5000}
        hint="Anything the sections do not say."
        onChange={(event) => setNote(event.target.value)}
      />
      <RefusalNotice failure={failure} />
      <div className="command-actions">
        <Button type="submit" variant="primary" busy={pending}>
          Save draft
        </Button>
        {saved ? (
          <span className="muted" role="status">
            Saved.
          </span>
        ) : null}
      </div>
    </form>
  );
}
