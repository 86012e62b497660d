import type { Meta } from '@storybook/web-components-vite';
import { common, type Story } from './kit.js';

export default { title: 'Widgets/export-growth', component: 'export-growth' } satisfies Meta;

export const Default: Story = {};
export const Years: Story = { name: 'comparison="years"', args: { comparison: 'years' } };
export const HalfYears: Story = { name: 'comparison="half-years"', args: { comparison: 'half-years' } };
export const Quarters: Story = { name: 'comparison="quarters"', args: { comparison: 'quarters' } };
export const FromTo: Story = { name: 'from="2019" to="2021"', args: { from: '2019', to: '2021' } };
export const Table: Story = { name: 'view="table"', args: { view: 'table' } };

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
