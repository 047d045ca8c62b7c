/** The podcast feeds' artwork: podcast directories ask for a square picture of at least 1400 px. */
import type { APIRoute } from 'astro';
import { iconPng } from '../../offline/app-icons';

export const PODCAST_ARTWORK_SIZE = 1400;

export const GET: APIRoute = async () => new Response(new Uint8Array(await iconPng(PODCAST_ARTWORK_SIZE)), { headers: { 'Content-Type': 'image/png' } });
