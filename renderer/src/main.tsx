import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { invalidRecordMessage, reportInvalidRecordsTo } from '../../shared/store/kindValidation.ts';
import { Boot } from './app/boot/Boot.tsx';
import './styles/tokens.css';
import './styles/base.css';
import './ui/ui.css';
import './styles/shell.css';
import './styles/console.css';
import './styles/timeline.css';
import './styles/command.css';
import './styles/toasts.css';
import './styles/palette.css';
import './styles/wall.css';
import './styles/sync.css';
import './styles/wallPanels.css';
import './styles/wallDetail.css';
import './styles/communications.css';
import './styles/handoffs.css';
import './styles/exercises.css';

// A stored record that does not match its kind is left off the screen; say so in the console.
reportInvalidRecordsTo((kind, id, problem) =>
  console.error(`[lantern] ${invalidRecordMessage(kind, id, problem)}`),
);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <Boot />
  </StrictMode>,
);
