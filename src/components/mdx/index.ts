/** Components authors can use by name in MDX, without importing them. */
import Callout from './Callout.astro';
import ClinicCard from './ClinicCard.astro';
import HotlineCard from './HotlineCard.astro';
import NoticeRef from './NoticeRef.astro';

export const mdxComponents = { Callout, ClinicCard, HotlineCard, NoticeRef };

