import { expect, type Locator, type Page } from '@playwright/test';
import { DECLARATION_QUESTIONS } from '../../shared/classification/index.ts';
import type { DeclarationAnswers } from '../../shared/classification/index.ts';

type Question = (typeof DECLARATION_QUESTIONS)[number]['id'];

function questionText(id: Question): string {
  const question = DECLARATION_QUESTIONS.find((q) => q.id === id);
  if (!question) throw new Error(`no declaration question ${id}`);
  return question.question;
}

export interface ThresholdAnswers {
  customersAffected?: 'None' | 'A few' | 'Many' | 'All';
  yes?: ('dataExposed' | 'regulatedData' | 'revenueImpact' | 'safetyImpact')[];
  serviceTier?: 1 | 2 | 3 | 4;
  incidentType?: NonNullable<DeclarationAnswers['incidentType']>;
}

/** The declare dialog: title, the threshold questions, the live recommendation, services. */
export class DeclareDialog {
  readonly page: Page;
  readonly dialog: Locator;

  constructor(page: Page) {
    this.page = page;
    this.dialog = page.getByRole('dialog', { name: 'Declare an incident' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Declare incident' }).first().click();
    await expect(this.dialog).toBeVisible();
  }

  recommendation(): Locator {
    return this.dialog.getByRole('region', { name: 'Recommendation' });
  }

  async fillTitle(title: string): Promise<void> {
    await this.dialog.getByLabel('Title', { exact: true }).fill(title);
  }

  async answer(answers: ThresholdAnswers): Promise<void> {
    if (answers.customersAffected)
      await this.dialog
        .getByLabel(questionText('customersAffected'), { exact: true })
        .selectOption({ label: answers.customersAffected });
    for (const id of answers.yes ?? [])
      await this.dialog.getByLabel(questionText(id), { exact: true }).check();
    if (answers.serviceTier)
      await this.dialog
        .getByLabel(questionText('serviceTier'), { exact: true })
        .selectOption(String(answers.serviceTier));
    if (answers.incidentType)
      await this.dialog
        .getByLabel(questionText('incidentType'), { exact: true })
        .selectOption(answers.incidentType);
  }

  /** Take the recommended severity when the chosen one differs. */
  async useRecommendedSeverity(): Promise<void> {
    const use = this.recommendation().getByRole('button', { name: /^Use SEV/ });
    if (await use.isVisible()) await use.click();
    await expect(this.recommendation()).toContainText('Severity follows the recommendation');
  }

  async chooseServices(serviceNames: string[]): Promise<void> {
    const field = this.dialog.getByLabel('Affected services', { exact: true });
    const options = await field.locator('option').allTextContents();
    const labels = serviceNames.map(
      (name) => options.find((option) => option.startsWith(name)) ?? name,
    );
    await field.selectOption(labels.map((label) => ({ label })));
  }

  async submit(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Declare incident' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
