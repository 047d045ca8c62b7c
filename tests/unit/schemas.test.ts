import { it } from 'vitest';
import { NoticeSchema } from '../../src/schemas/notice';
import { HotlineSchema } from '../../src/schemas/hotline';
import { ClinicSchema } from '../../src/schemas/clinic';
it('probe', () => {
  const base = { title: 't', docType: '通告', authority: 'a', issued: '2026-11-22' };
  for (const extra of [{}, { docType: '通报' }, { issued: undefined }, { expire: '2026-12-01' }, { issued: '2026-02-30' }, { effective: '2026-11-21' }, { expires: '2026-11-22' }, { summary: '字'.repeat(141) }, { title: undefined, docType: 'x' }]) {
    const r = NoticeSchema.safeParse({ ...base, ...extra }, { reportInput: true });
    console.log(JSON.stringify(extra), r.success ? 'OK' : JSON.stringify(r.error.issues.map((i) => [i.code, i.path, i.message])));
  }
  const h = { name: 'n', phones: ['12345'], category: '应急', hours: '24/7', verified: '2026-11-01' };
  for (const hours of ['24/7', 'Mo-Fr 08:30-12:00,14:30-17:30; 2020 Jan 25-2020 Jan 31 off', '周一至周五', 'Mo-Fr 25:00-26:00', 'Mo-Xx 08:00-12:00', '8点到5点', 'Mo-Fr 08:00-', 'sometimes']) {
    const r = HotlineSchema.safeParse({ ...h, hours });
    console.log(hours, r.success ? 'OK' : JSON.stringify(r.error.issues.map((i) => [i.path, i.message.slice(0, 80)])));
  }
  for (const phones of [['abc'], [], '12345', [73184567890]]) {
    const r = HotlineSchema.safeParse({ ...h, phones });
    console.log(JSON.stringify(phones), r.success ? 'OK ' + JSON.stringify(r.data.phones) : JSON.stringify(r.error.issues.map((i) => [i.path, i.message.slice(0, 80)])));
  }
  const c = { name: 'n', kind: '发热门诊', address: 'a', region: 'lanxi', hours: '24/7', verified: '2026-11-01', location: { lat: 91, lng: 200 } };
  const r = ClinicSchema.safeParse(c);
  console.log(r.success ? 'OK' : JSON.stringify(r.error.issues.map((i) => [i.path, i.message])));
});
