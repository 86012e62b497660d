import type { Meta } from '@storybook/web-components-vite';
import { common, type Story } from './kit.js';

export default { title: 'Widgets/destination-list', component: 'destination-list' } satisfies Meta;

export const Default: Story = {};
export const AllPeriods: Story = { name: 'period="all"', args: { period: 'all' } };
export const Period: Story = { name: 'period="2019"', args: { period: '2019' } };
export const Undated: Story = {
  name: 'period="2021" (a list with no date, and the source\'s «несколько десятков стран»)',
  args: { period: '2021' },
};
export const Ungrouped: Story = { name: 'group-by="none"', args: { 'group-by': 'none' } };
export const OneExporter: Story = { name: 'period="all" exporter="ncc"', args: { period: 'all', exporter: 'ncc' } };
export const Limit: Story = { name: 'period="all" limit="5"', args: { period: 'all', limit: 5 } };

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
