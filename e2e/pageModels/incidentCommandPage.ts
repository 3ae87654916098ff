import { expect, type Locator, type Page } from '@playwright/test';

export type CommandSection =
  'Status' | 'Roles' | 'Playbook' | 'Decisions' | 'Escalation' | 'Sub-incidents';

export interface DecisionDraft {
  /** The decision's value in the matrix, e.g. `authorise-emergency-change`. */
  decision: string;
  summary: string;
  rationale: string;
}

/** An open incident in the commander console: its command panels and their dialogs. */
export class IncidentCommandPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  section(name: CommandSection): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  timeline(): Locator {
    return this.page.getByRole('list', { name: 'Timeline', exact: true });
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async assignRole(roleLabel: string, personName: string): Promise<void> {
    await this.section('Roles').getByRole('button', { name: 'Assign role' }).click();
    await this.dialog().getByLabel('Role', { exact: true }).selectOption({ label: roleLabel });
    await this.dialog().getByLabel('Person', { exact: true }).selectOption({ label: personName });
    await this.dialog().getByRole('button', { name: 'Assign role' }).click();
    await expect(this.dialog()).toBeHidden();
  }

  async transferCommand(toName: string, note?: string): Promise<void> {
    await this.section('Roles').getByRole('button', { name: 'Transfer command' }).click();
    await this.dialog()
      .getByLabel('New commander', { exact: true })
      .selectOption({ label: toName });
    if (note) await this.dialog().getByLabel('Note', { exact: true }).fill(note);
    await this.dialog().getByRole('button', { name: 'Transfer command' }).click();
    await expect(this.dialog()).toBeHidden();
  }

  /** Who holds `roleLabel`, as the Roles section lists them. */
  roleHolder(roleLabel: string): Locator {
    return this.section('Roles')
      .getByRole('listitem')
      .filter({ has: this.page.getByText(roleLabel, { exact: true }) });
  }

  /** Fill and send the decision dialog; it stays open when the node refuses. */
  async recordDecision(draft: DecisionDraft): Promise<void> {
    await this.section('Decisions').getByRole('button', { name: 'Record decision' }).click();
    await this.dialog().getByLabel('Decision', { exact: true }).selectOption(draft.decision);
    await this.dialog().getByLabel('Summary', { exact: true }).fill(draft.summary);
    await this.dialog().getByLabel('Rationale', { exact: true }).fill(draft.rationale);
    await this.dialog().getByRole('button', { name: 'Record decision' }).click();
  }

  refusal(): Locator {
    return this.dialog().getByRole('alert');
  }

  async cancelDialog(): Promise<void> {
    await this.dialog().getByRole('button', { name: 'Cancel' }).click();
    await expect(this.dialog()).toBeHidden();
  }

  acknowledgeButton(): Locator {
    return this.section('Escalation').getByRole('button', { name: 'Acknowledge page' });
  }

  /** Sign out, as when the keyboard changes hands: the next person signs in with their own passphrase. */
  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: /^Sign out/ }).click();
  }

  async setAvailability(label: 'Available' | 'Away' | 'Off shift'): Promise<void> {
    const control = this.page.getByLabel('Availability', { exact: true });
    await control.selectOption({ label });
    await expect(control).toHaveValue(label === 'Off shift' ? 'off-shift' : label.toLowerCase());
  }
}
