// A French-speaking resident reads the page in French, with French number formats, and switching
// language keeps their work.
import { test, expect } from '../fixtures/server';
import { SimulatorPage } from '../fixtures/simulator';

const nbsp = '\u00a0';

test('the French page shows French texts and number formats, and the switch keeps the draft', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.open('markham-2023');
  await sim.nudge('City property tax rate', 5);
  await sim.finalComment.fill('Un commentaire.');

  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Budget de fonctionnement de Markham, 2023');
  await expect(page.getByRole('button', { name: 'Français' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveTitle('Budget de fonctionnement de Markham, 2023 — pbsim');
  // The draft survived the switch, now said in French with French formats.
  const rate = sim.slider('Taux de taxe foncière de la Ville');
  await expect(rate).toHaveAttribute('aria-valuetext', `0,1638${nbsp}%, en hausse de 0,0078${nbsp}%`);
  await expect(sim.finalComment).toHaveValue('Un commentaire.');
  await expect(sim.balanceStatus).toHaveText(
    `Il reste 8${nbsp}998${nbsp}450${nbsp}$ : dépensez-les ou réduisez les revenus.`,
  );
  await expect(page.locator('.household-sentence')).toHaveText(
    `Pour un logement évalué à 829${nbsp}995${nbsp}$, la part municipale du compte de taxes augmente de 64,74${nbsp}$ par an : de 1${nbsp}295,00${nbsp}$ à 1${nbsp}359,74${nbsp}$.`,
  );
  await expect(page.getByTestId('total-spending')).toHaveText(`444${nbsp}M${nbsp}$`);
  await expect(page.locator('.consequence').first()).toHaveText(
    'La part de la Ville dans le compte de la maison moyenne augmente de 65 $ par an ou plus (5 % ou plus).',
  );
  await expect(sim.submitButton).toContainText('Envoyer mon budget');

  // The choice is remembered, and ?lang= opens a language directly.
  await page.reload();
  await sim.waitForBudget();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Budget de fonctionnement de Markham, 2023');
  await sim.open('austin-fy2017', '?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Austin General Fund, FY2017');
});
