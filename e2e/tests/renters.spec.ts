// A renter says so, types their rent and sees what the City's tax rate may change in it: the share
// of the tax on the home their rent stands for that the budget file says reaches a rent, computed
// here from the figures the server loaded from budgets/markham-2023.toml. The page says it is an
// estimate and why, names a rent that is not a number, keeps the choice in the draft, speaks
// French, and owners keep today's figure.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../fixtures/server';
import { SimulatorPage } from '../fixtures/simulator';

const nbsp = '\u00a0';

interface Renters {
  pass_through_percent: number;
  pass_through_source: string;
  value_per_monthly_rent: number;
}
interface Line { id: string; type?: string; kind?: unknown; step: number }

// Rounds n / d (BigInt) to the nearest integer, halves away from zero, as the core does.
function divRound(n: bigint, d: bigint): bigint {
  const half = d / 2n;
  return n >= 0n ? (n + half) / d : (n - half) / d;
}

const usd = (cents: bigint) =>
  `$${(Number(cents) / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const cad = (cents: bigint) =>
  `${(Number(cents) / 100)
    .toLocaleString('fr-CA', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    .replace(/\s/g, nbsp)}${nbsp}$`;

test('a renter sees a rent-based estimate that follows the tax rate, in English and French', async ({ page, server }) => {
  const budget = await (await fetch(`${server.url}/api/budgets/markham-2023`)).json();
  const renters: Renters = budget.household.renters;
  expect(renters.pass_through_source).toContain('Working Paper 25-41');
  const rate: Line = budget.sections.flatMap((s: { lines: Line[] }) => s.lines).find((l: Line) => l.id === 'city-tax-rate');
  const rent = 2_000_00n;
  // The yearly change in rent for a rate `steps` steps above this year's.
  const yearly = (steps: number) =>
    divRound(
      rent * BigInt(renters.value_per_monthly_rent) * BigInt(steps * rate.step) * BigInt(renters.pass_through_percent),
      100n * 1_000_000n * 100n,
    );

  const sim = new SimulatorPage(page);
  await sim.open('markham-2023');
  const tenure = page.getByRole('group', { name: 'Do you own or rent?' });
  const own = tenure.getByRole('radio', { name: 'I own my home' });
  const rentIt = tenure.getByRole('radio', { name: 'I rent' });
  await expect(own).toBeChecked();
  const rentField = page.getByRole('textbox', { name: 'Your monthly rent, in dollars' });
  await expect(rentField).toBeHidden();
  await expect(page.getByRole('spinbutton', { name: 'Your home’s assessed value, in dollars' })).toBeVisible();

  // The owner's bill beside the form is for owners: it steps aside while the resident rents.
  const ownersBill = page.getByRole('figure', { name: 'Your yearly tax bill (City part)' });
  await expect(ownersBill).toBeVisible();
  await rentIt.check();
  await expect(rentField).toBeVisible();
  await expect(page.getByRole('spinbutton', { name: 'Your home’s assessed value, in dollars' })).toBeHidden();
  await expect(ownersBill).toBeHidden();

  // A rent that is not a number: a clear message beside the field, and no estimate.
  await rentField.fill('two thousand');
  const error = page.locator('#monthly-rent-error');
  await expect(error).toHaveText('Type your rent as a number of dollars, like 1850 or 1850.50.');
  await expect(rentField).toHaveAttribute('aria-invalid', 'true');
  await expect(rentField).toHaveAccessibleDescription(/Type your rent as a number of dollars/);
  const sentence = page.locator('.renter-sentence');
  await expect(sentence).toHaveText('');

  await rentField.fill('2000');
  await expect(error).toHaveText('');
  await expect(rentField).not.toHaveAttribute('aria-invalid', 'true');
  await expect(sentence).toHaveText('For a rent of $2,000.00 a month, the City tax passed on in your rent stays as it is.');
  const caveat = page.locator('.renter-caveat');
  await expect(caveat).toContainText('This is an estimate.');
  await expect(caveat).toContainText(`this budget assumes ${renters.pass_through_percent}%`);
  await expect(caveat).toContainText(renters.pass_through_source);
  await expect(caveat).toContainText(
    `assessed at ${usd(rent * BigInt(renters.value_per_monthly_rent)).replace('.00', '')}, ${renters.value_per_monthly_rent} times its monthly rent`,
  );

  // The tax rate moves: the estimate follows.
  await sim.nudge('City property tax rate', 5);
  const up = yearly(5);
  expect(up > 0n).toBe(true);
  await expect(sentence).toHaveText(
    `For a rent of $2,000.00 a month, the City tax passed on in your rent could go up by about ${usd(up)} a year (about ${usd(divRound(up, 12n))} a month).`,
  );
  await sim.nudge('City property tax rate', -8);
  const down = yearly(-3);
  await expect(sentence).toHaveText(
    `For a rent of $2,000.00 a month, the City tax passed on in your rent could go down by about ${usd(-down)} a year (about ${usd(divRound(-down, 12n))} a month).`,
  );

  // The choice and the rent are kept on the device.
  await page.reload();
  await sim.waitForBudget();
  await expect(rentIt).toBeChecked();
  await expect(rentField).toHaveValue('2000');
  await expect(sentence).toContainText(`could go down by about ${usd(-down)} a year`);
  // A rent changed to something that is not a number: the message, and the estimate waits.
  await rentField.fill('2000$');
  await expect(error).toHaveText('Type your rent as a number of dollars, like 1850 or 1850.50.');
  await expect(sentence).toBeHidden();
  await expect(caveat).toBeHidden();
  await rentField.fill('2000');
  await expect(sentence).toBeVisible();

  // In French.
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('group', { name: 'Êtes-vous propriétaire ou locataire ?' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Votre loyer mensuel, en dollars' })).toHaveValue('2000');
  await expect(sentence).toHaveText(
    `Pour un loyer de 2${nbsp}000,00${nbsp}$ par mois, la taxe municipale répercutée dans votre loyer pourrait baisser d’environ ${cad(-down)} par an (environ ${cad(divRound(-down, 12n))} par mois).`,
  );
  await expect(caveat).toContainText('C’est une estimation.');
  await expect(caveat).toContainText('l’hypothèse de la Ville');
  await page.getByRole('button', { name: 'English' }).click();

  // Owners keep today's figure: three steps down on the average home.
  await own.check();
  await expect(rentField).toBeHidden();
  await expect(ownersBill).toBeVisible();
  await expect(page.locator('.household-sentence')).toHaveText(
    'For a home assessed at $829,995, the City part of the tax bill goes down by $38.84 a year: from $1,295.00 to $1,256.16.',
  );
});

test('keyboard only, a renter chooses, types a rent and reads the estimate, with no WCAG 2.1 A/AA violation', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.open('markham-2023');
  const own = page.getByRole('radio', { name: 'I own my home' });
  await sim.tabTo(own);
  // Arrow keys move within a radio group, as everywhere.
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'I rent' })).toBeChecked();
  await page.keyboard.press('Tab');
  const rentField = page.getByRole('textbox', { name: 'Your monthly rent, in dollars' });
  await expect(rentField).toBeFocused();
  await page.keyboard.type('12OO');
  await expect(page.locator('#monthly-rent-error')).toHaveText('Type your rent as a number of dollars, like 1850 or 1850.50.');
  // Enter in the field does not submit the budget.
  await page.keyboard.press('Enter');
  await expect(rentField).toBeFocused();
  await expect(sim.summary).toHaveCount(0);
  await expect(sim.outcome).toHaveText('');
  const axe = async () =>
    (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations.map(
      (v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }),
    );
  expect(await axe()).toEqual([]);
  await rentField.fill('1200');
  await expect(page.locator('.renter-sentence')).toHaveText(
    'For a rent of $1,200.00 a month, the City tax passed on in your rent stays as it is.',
  );
  expect(await axe()).toEqual([]);
});

test('a renter who sends their budget sees the rent estimate in the summary, not the owner’s bill', async ({ page, server }) => {
  const budget = await (await fetch(`${server.url}/api/budgets/markham-2023`)).json();
  const renters: Renters = budget.household.renters;
  const rate: Line = budget.sections.flatMap((s: { lines: Line[] }) => s.lines).find((l: Line) => l.id === 'city-tax-rate');
  const sim = new SimulatorPage(page);
  await sim.open('markham-2023');
  await page.getByRole('radio', { name: 'I rent' }).check();
  await page.getByRole('textbox', { name: 'Your monthly rent, in dollars' }).fill('1200');
  // One step up on the tax rate, then "Balance it for me" spends what it raises.
  await sim.nudge('City property tax rate', 1);
  await page.getByRole('button', { name: 'Balance it for me' }).click();
  await page.getByRole('button', { name: 'Apply these changes' }).click();
  await expect(sim.balanceStatus).toHaveText('Your budget is balanced.');
  await sim.submitButton.click();
  await expect(sim.summary).toBeVisible();
  const year = divRound(
    1_200_00n * BigInt(renters.value_per_monthly_rent) * BigInt(rate.step) * BigInt(renters.pass_through_percent),
    100n * 1_000_000n * 100n,
  );
  expect(year > 0n).toBe(true);
  await expect(sim.summary).toContainText(`What it means for your tax bill: +${usd(year)} a year in your rent (an estimate)`);
});
