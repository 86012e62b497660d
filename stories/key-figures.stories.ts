import type { Meta } from '@storybook/web-components-vite';
import { common, type Story } from './kit.js';

export default { title: 'Widgets/key-figures', component: 'key-figures' } satisfies Meta;

export const Default: Story = {};
export const ChosenFigures: Story = {
  name: 'figures="latest-export countries residents"',
  args: { figures: 'latest-export countries residents' },
};
export const CityFigures: Story = {
  name: 'figures="technoparks-sites technoparks-companies made-in-moscow-countries"',
  args: { figures: 'technoparks-sites technoparks-companies made-in-moscow-countries' },
};
export const Grid: Story = { name: 'layout="grid"', args: { layout: 'grid' } };

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
