import type { Meta } from '@storybook/web-components-vite';
import { common, type Story } from './kit.js';

export default { title: 'Widgets/top-exporters', component: 'top-exporters' } satisfies Meta;

export const Default: Story = {};
export const BySector: Story = { name: 'by="sector"', args: { by: 'sector' } };
export const Period: Story = { name: 'period="2025-H1"', args: { period: '2025-H1' } };
export const SectorsOf2019: Story = { name: 'by="sector" period="2019"', args: { by: 'sector', period: '2019' } };
export const SectorsOfAQuarter: Story = { name: 'by="sector" period="2021-Q1"', args: { by: 'sector', period: '2021-Q1' } };
export const Limit: Story = { name: 'limit="1"', args: { limit: 1 } };

export const English = common.English;
export const Uzbek = common.Uzbek;
export const Dark = common.Dark;
export const Narrow = common.Narrow;
export const Loading = common.Loading;
export const BrokenDataset = common.BrokenDataset;
export const OtherZone = common.OtherZone;
export const CustomColours = common.CustomColours;
export const CustomHeading = common.CustomHeading;
export const EmbedLink = common.EmbedLink;
export const UnknownValue = common.UnknownValue;
export const Picture = common.Picture;
