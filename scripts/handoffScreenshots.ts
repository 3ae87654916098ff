// Screenshots of a shift-handoff brief and of the wall's "current shift and
// next handoff" panel: `node --disable-warning=ExperimentalWarning
// scripts/handoffScreenshots.ts` (after `npm run build:renderer`). Starts a
// real headless node with the demo organisation on a temporary folder.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { apiRequest } from '../e2e/support/nodeApi.ts';
import { startNodeProcess, type NodeProcess } from '../e2e/support/nodeProcess.ts';

const outDir = join(import.meta.dirname, '..', 'docs', 'screenshots');
const SOC = 'soc-follow-the-sun';

async function run(node: NodeProcess, name: string, input: object, actor: string) {
  const reply = await apiRequest<{ result: { id: string } }>(
    node,
    'POST',
    `/commands/${name}`,
    { input },
    actor,
  );
  if (reply.status !== 200) throw new Error(`${name}: ${JSON.stringify(reply.body)}`);
  return reply.body.result;
}

/** Elena declares; brief #1 hands command to the SOC duty lead; brief #2 is submitted to the next. */
async function seedHandoffs(node: NodeProcess) {
  const onCall = await apiRequest<{
    onCall: { personId: string };
    nextHandoff: { to: { personId: string } };
  }>(node, 'GET', `/rotations/${SOC}/on-call`);
  const duty = onCall.body.onCall.personId;
  const next = onCall.body.nextHandoff.to.personId;
  const declared = await apiRequest<{ id: string }>(
    node,
    'POST',
    '/incidents',
    {
      title: 'Credential stuffing against the member portal',
      severity: 'SEV2',
      type: 'security-breach',
      serviceIds: ['member-health-portal'],
      summary: 'Login failures up 40x from a rotating residential proxy pool since 06:40 UTC.',
    },
    'elena-petrova',
  );
  const incidentId = declared.body.id;
  const note = (text: string, actor: string) =>
    apiRequest(node, 'POST', `/incidents/${incidentId}/timeline`, { text }, actor);
  await run(
    node,
    'assignRole',
    { incidentId, role: 'operations', personId: 'chloe-dubois' },
    'elena-petrova',
  );
  await run(
    node,
    'assignRole',
    { incidentId, role: 'communications-lead', personId: 'lakshmi-pillai' },
    'elena-petrova',
  );
  await note('Rate limit on /login lowered to 5 attempts per minute per IP', 'elena-petrova');
  await note('Blocked 212 proxy ASNs at the WAF', 'chloe-dubois');
  const first = await run(
    node,
    'draftHandoffBrief',
    { incidentId, incomingLeadId: duty },
    'elena-petrova',
  );
  await run(
    node,
    'saveHandoffBrief',
    {
      briefId: first.id,
      objectives: [
        { text: 'Keep attacker logins below 1 per minute' },
        { text: 'Establish whether any member account was taken over' },
      ],
      risks: [{ text: 'The proxy pool rotates faster than the WAF list is updated' }],
    },
    'elena-petrova',
  );
  await run(node, 'submitHandoffBrief', { briefId: first.id }, 'elena-petrova');
  await run(
    node,
    'acknowledgeHandoffBrief',
    { briefId: first.id, questions: 'Is Legal already aware?' },
    duty,
  );
  await note('Forced password reset for 37 accounts with successful logins from the pool', duty);
  await run(
    node,
    'reclassifyIncident',
    {
      incidentId,
      severity: 'SEV1',
      reason: 'Confirmed account takeovers with health data exposed',
    },
    duty,
  ).catch((error: unknown) => console.warn(String(error)));
  await run(
    node,
    'recordDecision',
    {
      incidentId,
      decision: 'authorise-emergency-change',
      summary: 'Enable step-up MFA for all portal logins',
      rationale: 'Stops takeover of accounts whose passwords leaked',
    },
    duty,
  ).catch((error: unknown) => console.warn(String(error)));
  await run(node, 'completePlaybookStep', { incidentId, stepId: 'triage-and-declare' }, duty).catch(
    () => undefined,
  );
  const second = await run(node, 'draftHandoffBrief', { incidentId, incomingLeadId: next }, duty);
  await run(
    node,
    'saveHandoffBrief',
    {
      briefId: second.id,
      note: 'Identity vendor case 88123 is open; they call back on the bridge at the top of the hour.',
      resources: [{ text: 'Identity vendor support case 88123 (priority 1)' }],
    },
    duty,
  );
  await run(node, 'submitHandoffBrief', { briefId: second.id }, duty);
  return { incidentId, duty, next };
}

async function personPage(
  browser: Browser,
  node: NodeProcess,
  name: string,
  viewport: { width: number; height: number },
) {
  const page = await browser.newPage({ viewport });
  await page.goto(node.consoleUrl);
  await page.getByLabel('Search people').fill(name.split(' ')[0] ?? name);
  await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  return page;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lantern-handoff-shots-'));
  const node = await startNodeProcess(dataDir, ['--demo']);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    const { incidentId, next } = await seedHandoffs(node);
    const demo = JSON.parse(
      readFileSync(
        join(import.meta.dirname, '..', 'resources', 'demo', 'organisation.json'),
        'utf8',
      ),
    ) as { people: { id: string; displayName: string }[] };
    const nextName = demo.people.find((p) => p.id === next)?.displayName ?? next;
    const page = await personPage(browser, node, nextName, { width: 1600, height: 2600 });
    await page.goto(`${node.consoleUrl}#/incidents/${incidentId}/handoff`);
    await page.getByTestId('brief-view').waitFor();
    await page.getByText('What changed since the last brief').waitFor();
    await page.screenshot({ path: join(outDir, 'handoff-brief.png') });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(outDir, 'handoff-brief-print.png') });

    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    await context.clock.install();
    const wall = await context.newPage();
    await wall.goto(`${node.consoleUrl}#/wall`);
    await wall.getByText('Credential stuffing').first().waitFor();
    for (let i = 0; i < 10 && !(await wall.getByTestId('wall-handoff').isVisible()); i++)
      await wall.clock.fastForward(15_000);
    await wall.getByTestId('wall-handoff-brief').waitFor();
    await wall.screenshot({ path: join(outDir, 'wall-handoff.png') });
    console.log(`Screenshots written to ${outDir}`);
  } finally {
    await browser.close();
    await node.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
