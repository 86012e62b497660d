// Uzbek in the widgets as the Uzbek release writes it: suffixes joined by the spelling rules, dates «2025 йил 12 ноябрь».
import { expect } from '@open-wc/testing';
import { mountIn, shadow } from '../helpers.js';

describe('Uzbek as the Uzbek release writes it', () => {
  it('joins suffixes by the spelling rules and writes dates «2025 йил 12 ноябрь»', async () => {
    const el = await mountIn('export-growth', 'lang="uz" view="table"', '');
    const text = shadow(el).textContent!.replace(/\s+/g, ' ');
    expect(text).to.include('2020 й. I чоракка нисбатан');
    expect(text).not.to.include('чоракга');
    expect(text).to.include('1 млрд рубллик маҳсулот');
    expect(text).to.match(/2025 йил 5 ноябрь/);
    expect(text).not.to.match(/ноябр,/);
  });
});
