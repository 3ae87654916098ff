import { DeclareIncidentForm } from '../incidents/DeclareIncidentForm.tsx';

export function ConsoleHome() {
  return (
    <div className="console-home">
      <DeclareIncidentForm />
    </div>
  );
}
