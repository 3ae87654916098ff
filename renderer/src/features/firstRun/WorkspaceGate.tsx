import type { ReactNode } from 'react';
import { usePerson, useWorkspace } from '../../app/db/lanternQueries.ts';
import { useAppSelector } from '../../app/store/hooks.ts';
import { selectCurrentPersonId } from '../session/sessionSlice.ts';
import { ChoosePersonScreen } from './ChoosePersonScreen.tsx';
import { FirstRunScreen } from './FirstRunScreen.tsx';
import { LoadingScreen } from '../../ui/LoadingScreen.tsx';

/** The console needs a workspace and a person; until then, the first-run flow. */
export function WorkspaceGate({ children }: { children: ReactNode }) {
  const { workspace, loading } = useWorkspace();
  const personId = useAppSelector(selectCurrentPersonId);
  const { document: person, loading: personLoading } = usePerson(personId);

  if (loading) return <LoadingScreen message="Opening the workspace…" />;
  if (!workspace) return <FirstRunScreen />;
  if (personId && personLoading) return <LoadingScreen message="Loading your profile…" />;
  if (!person) return <ChoosePersonScreen workspace={workspace} />;
  return children;
}
