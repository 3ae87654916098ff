import { describe, expect, it } from 'vitest';
import type { IncidentDoc } from '../schema/incident.ts';
import type { CommunicationTemplate } from './configSchemas.ts';
import {
  chooseTemplate,
  formatUpdateTime,
  renderTemplate,
  templateValuesFor,
  unknownPlaceholders,
} from './templateRendering.ts';

const incident: IncidentDoc = {
  id: 'inc-1',
  reference: 'INC-2026-0042',
  title: 'Claims portal down',
  summary: 'Logins fail after the 09:40 deploy; rollback in progress.',
  severity: 'SEV1',
  type: 'availability',
  status: 'investigating',
  exercise: false,
  declaredAt: '2026-11-26T09:45:00.000Z',
  declaredBy: 'p1',
  updatedAt: '2026-11-26T09:45:00.000Z',
  classification: { criteriaVersion: '2026.1', impact: 'extensive' },
  hlc: 'x',
};
const template = (over: Partial<CommunicationTemplate>): CommunicationTemplate => ({
  id: 't',
  name: 'T',
  audienceId: 'executives',
  incidentTypes: [],
  subject: '[{{severity}}] {{reference}}',
  body: 'What we know: {{whatWeKnow}}\nImpact: {{impact}}\nNext update: {{nextUpdate}}',
  ...over,
});

describe('template rendering', () => {
  it('fills severity, impact, what we know and the next update time from the incident', () => {
    const values = templateValuesFor(incident, {
      nextUpdateAt: '2026-11-26T10:30:00.000Z',
      serviceNames: ['Claims Intake'],
    });
    const rendered = renderTemplate(template({}), values);
    expect(rendered.subject).toBe('[SEV1] INC-2026-0042');
    expect(rendered.body).toBe(
      'What we know: Logins fail after the 09:40 deploy; rollback in progress.\nImpact: extensive impact\nNext update: 2026-11-26 10:30 UTC',
    );
    expect(renderTemplate(template({ body: '{{services}}' }), values).body).toBe('Claims Intake');
  });

  it('says plainly what is not known yet instead of leaving a gap', () => {
    const values = templateValuesFor({
      ...incident,
      summary: ' ',
      classification: undefined as never,
    });
    expect(values.whatWeKnow).toBe('not yet known');
    expect(values.impact).toBe('not yet known');
    expect(values.nextUpdate).toBe('when we know more');
  });

  it('finds placeholders that are not variables, so a typo never reaches customers', () => {
    expect(unknownPlaceholders('{{severity}} {{sevrity}} {{ title }} {{nextupdate}}')).toEqual([
      'sevrity',
      'nextupdate',
    ]);
    expect(
      renderTemplate(template({ body: '{{sevrity}}' }), templateValuesFor(incident)).body,
    ).toBe('{{sevrity}}');
  });

  it('prefers a template written for the incident type over the general one', () => {
    const general = template({ id: 'general' });
    const security = template({ id: 'security', incidentTypes: ['security-breach'] });
    const other = template({ id: 'other', audienceId: 'regulators' });
    expect(chooseTemplate([general, security, other], 'executives', 'security-breach')?.id).toBe(
      'security',
    );
    expect(chooseTemplate([general, security, other], 'executives', 'availability')?.id).toBe(
      'general',
    );
    expect(chooseTemplate([security], 'executives', 'availability')).toBeUndefined();
  });

  it('formats times in UTC for readers in every time zone', () => {
    expect(formatUpdateTime('2026-01-05T07:05:00.000Z')).toBe('2026-01-05 07:05 UTC');
  });
});
