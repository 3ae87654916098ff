import { useState, type FormEvent } from 'react';
import { Button } from '../../ui/Button.tsx';
import { TextAreaField, TextField } from '../../ui/Field.tsx';
import { RefusalNotice } from '../command/RefusalNotice.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';

/** Edit an unsent message; the node withdraws approvals the old text had. */
export function MessageEditor(props: {
  messageId: string;
  subject: string;
  body: string;
  onDone: () => void;
}) {
  const { send, pending, failure } = useCommand('editCommunication');
  const [subject, setSubject] = useState(props.subject);
  const [body, setBody] = useState(props.body);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if ((await send({ messageId: props.messageId, subject, body })).ok) props.onDone();
  }
  return (
    <form className="stack" onSubmit={submit}>
      <TextField
        label="Subject"
        value={subject}
        onChange={(e) => setSubject(e.target.value)}
        error={problemFor(failure, 'subject')}
      />
      <TextAreaField
        label="Message"
        value={body}
        rows={6}
        onChange={(e) => setBody(e.target.value)}
        error={problemFor(failure, 'body')}
      />
      <RefusalNotice failure={failure} />
      <div className="command-actions">
        <Button type="submit" variant="primary" busy={pending}>
          Save changes
        </Button>
        <Button variant="ghost" onClick={props.onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
