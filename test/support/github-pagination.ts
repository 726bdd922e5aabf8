import type { StandInReply, StandInRequest } from './github-stand-in.js';

/** A page of `items` for the request's `per_page` (default 30, at most 100) and `page`, with a `Link` header. */
export function paginate(request: StandInRequest, items: unknown[], baseUrl: string): StandInReply {
  const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v[v.length - 1] : v);
  const perPage = Math.min(100, Math.max(1, Number(single(request.query.per_page)) || 30));
  const page = Math.max(1, Number(single(request.query.page)) || 1);
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const body = items.slice((page - 1) * perPage, page * perPage);
  const link = (n: number, rel: string) => {
    const url = new URL(`${baseUrl}${request.path}`);
    for (const [key, value] of Object.entries(request.query)) {
      for (const v of Array.isArray(value) ? value : [value]) url.searchParams.append(key, v);
    }
    url.searchParams.set('per_page', String(perPage));
    url.searchParams.set('page', String(n));
    return `<${url.href}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, 'prev'));
  if (page < lastPage) links.push(link(page + 1, 'next'), link(lastPage, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  return { status: 200, body, headers: links.length > 0 ? { link: links.join(', ') } : {} };
}
