import type { APIRoute } from 'astro';
import { iconPng } from '../offline/app-icons';

/** 180 px: what iPhones ask for at /apple-touch-icon.png when a page is added to the home screen. */
export const GET: APIRoute = async () => new Response(new Uint8Array(await iconPng(180)), { headers: { 'Content-Type': 'image/png' } });
