import type { Meta } from '@storybook/web-components-vite';
import { common, type Story } from './kit.js';

export default { title: 'Widgets/export-structure', component: 'export-structure' } satisfies Meta;

export const Default: Story = {};
export const Period: Story = { name: 'period="2019"', args: { period: '2019' } };
export const Quarter: Story = { name: 'period="2021-Q1"', args: { period: '2021-Q1' } };
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
