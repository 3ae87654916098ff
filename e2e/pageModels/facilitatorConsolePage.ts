import { expect, type Locator, type Page } from '@playwright/test';

/** The exercise screens: scenario library, MSEL editor and the facilitator console. */
export class FacilitatorConsolePage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async openLibrary(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'Exercises' })
      .click();
    await expect(this.page.getByRole('heading', { name: 'Tabletop exercises' })).toBeVisible();
  }

  scenarioCard(title: string): Locator {
    return this.page.getByTestId('scenario-card').filter({ hasText: title });
  }

  async importScenario(fileName: string, scenario: object): Promise<void> {
    await this.page.getByTestId('scenario-import').setInputFiles({
      name: fileName,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(scenario)),
    });
  }

  mselRow(number: number): Locator {
    return this.page.locator(`[data-testid="msel-row"][data-inject="${number}"]`);
  }

  injectForm(number: number): Locator {
    return this.page.getByRole('form', { name: `Inject ${number}` });
  }

  clock(): Locator {
    return this.page.getByTestId('scenario-time');
  }

  clockState(): Locator {
    return this.page.getByTestId('clock-state');
  }

  async clockButton(name: 'Start clock' | 'Pause' | 'Resume' | 'End exercise'): Promise<void> {
    await this.page
      .getByRole('region', { name: 'Exercise clock' })
      .getByRole('button', { name })
      .click();
  }

  inject(number: number): Locator {
    return this.page.locator(`[data-testid="run-inject"][data-inject="${number}"]`);
  }

  async joinAsPlayer(roleLabel: string): Promise<void> {
    const panel = this.page.getByRole('region', { name: 'Participants' });
    await panel.getByLabel('Role to play').selectOption({ label: roleLabel });
    await panel.getByRole('button', { name: 'Join as player' }).click();
    await expect(panel.getByRole('button', { name: 'Join as player' })).toBeHidden();
  }

  async rate(objectiveId: string, rating: string, observations: string): Promise<void> {
    const form = this.page.getByRole('form', { name: `Rate ${objectiveId}` });
    await form.getByLabel('Rating').selectOption({ value: rating });
    await form.getByLabel('Observations').fill(observations);
    await form.getByRole('button', { name: 'Save rating' }).click();
    await expect(this.page.locator(`[data-objective="${objectiveId}"]`)).toContainText(
      observations,
    );
  }

  async addHotWash(kind: string, text: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Add hot-wash note' });
    await form.getByLabel('Kind').selectOption({ label: kind });
    await form.getByLabel('Hot-wash note').fill(text);
    await form.getByRole('button', { name: 'Add note' }).click();
    await expect(this.page.getByTestId('hot-wash')).toContainText(text);
  }

  async addImprovement(title: string, owner: string, dueDate: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Add improvement item' });
    await form.getByLabel('Improvement').fill(title);
    await form.getByLabel('Owner').selectOption({ label: owner });
    await form.getByLabel('Due date').fill(dueDate);
    await form.getByRole('button', { name: 'Add to plan' }).click();
    await expect(this.page.getByTestId('improvement-items')).toContainText(title);
  }

  /** Click an AAR/IP download button and return the file's text. */
  async download(label: 'Markdown' | 'PDF'): Promise<{ name: string; content: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: `Download AAR/IP (${label})` }).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), content: Buffer.concat(chunks) };
  }
}
