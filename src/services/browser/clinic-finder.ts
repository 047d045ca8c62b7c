/**
 * Clinic list in the browser: filter by kind and region, and "near me" —
 * sorts by distance from the device's location, computed here; the location
 * never leaves the phone. Without JavaScript the full list still shows.
 */
import { distanceMetres, distanceText } from '../distance';
import { connectListFilter } from '../../site/browser/list-filter';

const form = document.querySelector<HTMLFormElement>('#clinic-filter');
const list = document.querySelector<HTMLUListElement>('#clinic-list');
const status = document.querySelector<HTMLElement>('#clinic-status');
const nearButton = document.querySelector<HTMLButtonElement>('#near-me');

const RANK: Record<string, number> = { open: 0, paused: 1, closed: 2 };
const items = () => [...(list?.querySelectorAll<HTMLLIElement>(':scope > li') ?? [])];

function sortByDistance(position: GeolocationPosition) {
  if (!list || !status) return;
  const here = { lat: position.coords.latitude, lng: position.coords.longitude };
  const ranked = items().map((item) => {
    const lat = Number(item.dataset.lat);
    const lng = Number(item.dataset.lng);
    const metres = item.dataset.lat ? distanceMetres(here, { lat, lng }) : Number.POSITIVE_INFINITY;
    const label = item.querySelector<HTMLElement>('.distance');
    if (label) label.textContent = Number.isFinite(metres) ? `距您${distanceText(metres)}` : '没有登记位置';
    return { item, metres, rank: RANK[item.dataset.status ?? 'open'] ?? 0 };
  });
  ranked.sort((a, b) => a.rank - b.rank || a.metres - b.metres);
  // The resident chose this order: "open now first" (HoursInfo) no longer rearranges the list.
  delete list.dataset.openFirst;
  list.append(...ranked.map((r) => r.item));
  status.textContent = '已按离您的距离排序（开放的在前，暂停和停用的在后）。位置只在您的手机上使用，不会发送出去。';
}

function explainFailure(error: GeolocationPositionError) {
  if (!status) return;
  status.textContent =
    error.code === error.PERMISSION_DENIED
      ? '没有取得您的位置：定位权限被拒绝了。可以在浏览器设置里允许本网站定位，或者用上面的“地区”筛选。'
      : '暂时没有取得您的位置（信号弱或定位关闭）。请稍后再试，或者用上面的“地区”筛选。';
}

if (form && list) {
  connectListFilter(form, list, status);
  nearButton?.addEventListener('click', () => {
    if (!('geolocation' in navigator)) {
      if (status) status.textContent = '这个浏览器不能定位，请用“地区”筛选。';
      return;
    }
    if (status) status.textContent = '正在获取您的位置…（浏览器会询问是否允许）';
    navigator.geolocation.getCurrentPosition(sortByDistance, explainFailure, { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 });
  });
}
