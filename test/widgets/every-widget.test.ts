// The shared widget suite (suite.ts) for every widget of the registry. A widget missing here is a type error.
import { expect } from '@open-wc/testing';
import { TAGS, widgets, type WidgetTag } from '../../src/widgets/registry.js';
import { widgetSuite, type WidgetCase } from './suite.js';

const cases = {
  'destination-list': {
    heading: { ru: 'География экспорта: ОЭЗ «Технополис Москва», 2025', en: 'Export destinations: Technopolis Moscow SEZ, 2025' },
    badValues: { period: '2030', 'group-by': 'map', exporter: 'acme', limit: '0' },
    csvLine: '"Сербия";"2025";"поставки идут;',
  },
  'export-growth': {
    heading: { ru: 'Экспорт резидентов: ОЭЗ «Технополис Москва»', en: 'Exports by residents: Technopolis Moscow SEZ' },
    badValues: { comparison: 'decades', from: 'last year', to: 'next year', view: 'pie' },
    csvLine: '"Экспорт";"2019";326000000;"руб.";"точно";',
  },
  'export-structure': {
    heading: { ru: 'Экспорт по отраслям: ОЭЗ «Технополис Москва», I кв. 2021', en: 'Exports by sector: Technopolis Moscow SEZ, Q1 2021' },
    badValues: { period: '2030', view: 'pie' },
    csvLine: '"Микроэлектроника и волоконно-оптическое оборудование";"I\u00a0кв.\u00a02021";68;"%";"не менее (нижняя граница)";',
  },
  'key-figures': {
    heading: { ru: 'ОЭЗ «Технополис Москва» в цифрах', en: 'Technopolis Moscow SEZ in figures' },
    badValues: { figures: 'exports-2030', layout: 'columns' },
    csvLine: '"Общая площадь";"";206,8;"га";"точно";',
  },
  'top-exporters': {
    heading: { ru: 'ОЭЗ «Технополис Москва»: крупнейшие экспортёры за I пол. 2025', en: 'Technopolis Moscow SEZ: top exporters, H1 2025' },
    badValues: { period: '2019', limit: 'zero', by: 'country' },
    csvLine: '"Нанотехнологический центр композитов";"I\u00a0пол.\u00a02025";652000000;"руб.";"точно";',
  },
} as const satisfies Record<WidgetTag, WidgetCase>;

it('defines every widget of the registry under its tag', () => {
  for (const tag of TAGS) expect(customElements.get(tag), `<${tag}>`).to.equal(widgets[tag]);
});

for (const tag of TAGS) widgetSuite(tag, cases[tag]);
