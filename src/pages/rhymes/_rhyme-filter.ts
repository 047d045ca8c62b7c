import { connectListFilter } from '../../site/browser/list-filter';

const form = document.querySelector<HTMLFormElement>('#rhyme-filter');
const list = document.querySelector<HTMLElement>('#rhyme-list');
if (form && list) connectListFilter(form, list, document.querySelector<HTMLElement>('#rhyme-status'));
