import type { APIRoute, GetStaticPaths } from 'astro';
import { iconPng } from '../../offline/app-icons';
import { MANIFEST_ICON_SIZES } from '../../offline/web-app-manifest';

export const getStaticPaths = (() => MANIFEST_ICON_SIZES.map((size) => ({ params: { size: String(size) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await iconPng(Number(params.size))), { headers: { 'Content-Type': 'image/png' } });
