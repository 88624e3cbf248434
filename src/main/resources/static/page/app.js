/*
 * Treatygraph's analyst page: a client of the public GraphQL API and nothing else, so every
 * question it asks can be copied into GraphiQL or a dashboard as it stands here.
 */
'use strict';

const NODE_NAME = `fragment NodeName on Node {
  __typename id
  ... on Country { name code }
  ... on Person { name }
  ... on Organization { name acronym }
  ... on Agreement { title status }
  ... on Event { name date { value } }
  ... on Place { name }
  ... on Source { title }
}`;

const CITATION = `fragment CitationShown on Citation {
  id quote
  source { id title publisher url published { value precision } }
}`;

const QUERIES = {
  search: `query Search($q: String!, $asOf: String) {
  search(query: $q, first: 20, asOf: $asOf) { score matchedIn node { ...NodeName } }
}
${NODE_NAME}`,

  country: `query CountryProfile($code: String!, $first: Int!, $asOf: String) {
  country(code: $code, asOf: $asOf) {
    id name code aliases
    agreements(first: $first) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id title kind status parties { actor { ...NodeName } } } }
    }
    memberships { id kind start { value } end { value } organization { id name acronym } }
    organizations { id name }
    events { id name kind date { value precision } venue { name } }
    signatures { id signer { id name } post agreement { id title status } date { value } }
  }
  agreementsPerYear(of: $code, asOf: $asOf) { year kind count }
  topPartners(of: $code, first: 10, asOf: $asOf) { partner { ...NodeName } agreements }
}
${NODE_NAME}`,

  countryAgreements: `query CountryAgreements($code: String!, $after: String, $asOf: String) {
  country(code: $code, asOf: $asOf) {
    agreements(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id title kind status } }
    }
  }
}`,

  // asked only when the profile's page of agreements is not all of them
  countryStatuses: `query CountryStatuses($code: String!, $asOf: String) {
  ${['UNKNOWN', 'ANNOUNCED', 'CONCLUDED', 'SIGNED', 'RATIFIED', 'IN_FORCE', 'WITHDRAWN', 'TERMINATED']
		.map((s) => `${s}: agreements(filter: { involving: [$code], statuses: [${s}] }, first: 0, asOf: $asOf) { totalCount }`)
		.join('\n  ')}
}`,

  node: `query Profile($id: ID!, $first: Int!, $asOf: String) {
  node(id: $id, asOf: $asOf) {
    ...NodeName
    ... on Person {
      aliases
      tenures { id post start { value } end { value } within { ...NodeName } }
      signatures { id post date { value } agreement { id title status } onBehalfOf { ...NodeName } event { id name } }
      attendances { id role event { id name date { value } venue { name } } }
    }
    ... on Organization {
      organizationKind: kind aliases organizationCountry: country { id name code }
      partOf { id name }
      memberships { id kind start { value } organization { id name } }
      members { id kind member { ...NodeName } }
      tenures { id post holder { id name } }
      agreementPage: agreements(first: $first) { totalCount pageInfo { hasNextPage } edges { node { id title status kind } } }
    }
    ... on Agreement {
      kind summary
      parties { id status actor { ...NodeName } }
      signatures { id post date { value } signer { id name } onBehalfOf { ...NodeName } event { id name venue { name } } }
      actions { id kind date { value } party { ...NodeName } }
      events { id name date { value } }
      citations { ...CitationShown }
    }
    ... on Event {
      eventKind: kind summary venue { id name }
      attendances { id role attendee { ...NodeName } }
      agreementsSigned: agreements { id title status }
      signatures { id signer { id name } agreement { id title } }
      organizers { id name }
      citations { ...CitationShown }
    }
    ... on Place { placeKind: kind placeCountry: country { id name code } }
  }
}
${NODE_NAME}
${CITATION}`,

  citations: `query Citations($id: ID!, $asOf: String) {
  node(id: $id, asOf: $asOf) { ... on Fact { citations { ...CitationShown } } }
}
${CITATION}`,

  source: `query Source($id: ID!) {
  node(id: $id) { ... on Source { id title publisher author url text published { value precision } } }
}`,

  bilateral: `query Bilateral($between: [String!]!, $asOf: String) {
  relations(between: $between, asOf: $asOf) {
    between { ...NodeName }
    agreementTally { kind status count }
    agreements(first: 50) { totalCount edges { node { id title kind status } } }
    sharedMemberships { organization { id name } memberships { id kind member { ...NodeName } } }
    timeline(first: 100) {
      totalCount
      edges { node { kind statement disputed date { value precision } fact { id } citations { ...CitationShown } } }
    }
  }
}
${NODE_NAME}
${CITATION}`,

  connections: `query Connections($from: String!, $to: String!, $asOf: String) {
  connections(from: $from, to: $to, maxHops: 4, first: 3, asOf: $asOf) {
    length
    hops { statement referenceData from { ...NodeName } to { ...NodeName } fact { id } citations { ...CitationShown } }
  }
}
${NODE_NAME}
${CITATION}`,

  resolve: `query Resolve($q: String!) { search(query: $q, first: 1) { node { ...NodeName } } }
${NODE_NAME}`,
};

const LIVE = `subscription Live($involving: String!) {
  factChanged(involving: $involving) { operation curator at node { ...NodeName } }
}
${NODE_NAME}`;

/** Neighbours drawn per node before "show more". */
const NETWORK_CAP = 25;

const TOKEN_KEY = 'treatygraph.token';

const state = { asOf: null, cy: null, live: null, view: null };

// ---------------------------------------------------------------- DOM and GraphQL helpers

function h(tag, attributes, ...children) {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes || {})) {
		if (value === null || value === undefined || value === false) continue;
		if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
		else if (name === 'text') element.textContent = value;
		else element.setAttribute(name, value === true ? '' : value);
	}
	for (const child of children.flat()) {
		if (child === null || child === undefined || child === false) continue;
		element.append(child instanceof Node ? child : document.createTextNode(String(child)));
	}
	return element;
}

/** The search's highlights are `<mark>` around the matched words; nothing else is trusted as HTML. */
function highlighted(text) {
	const span = h('span');
	String(text).split(/(<mark>.*?<\/mark>)/).forEach((part) => {
		const marked = part.match(/^<mark>(.*)<\/mark>$/);
		span.append(marked ? h('mark', { text: marked[1] }) : document.createTextNode(part));
	});
	return span;
}

function say(message, isError) {
	const status = document.getElementById('status');
	status.textContent = message || '';
	status.classList.toggle('error', Boolean(isError));
	status.setAttribute('role', isError ? 'alert' : 'status');
}

async function graphql(name, variables) {
	const query = QUERIES[name];
	const withAsOf = query.includes('$asOf') ? { ...variables, asOf: state.asOf } : variables;
	const headers = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' };
	const token = sessionStorage.getItem(TOKEN_KEY);
	if (token) headers.Authorization = `Bearer ${token}`;
	const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables: withAsOf }) });
	if (response.status === 401) {
		const error = new Error(token ? 'The service refused this API token: it is unknown, revoked or expired.'
			: 'This service asks readers to sign in: give an API token.');
		error.needsToken = true;
		throw error;
	}
	const body = await response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status}` }] }));
	if (body.errors && body.errors.length) {
		const error = new Error(body.errors.map((e) => e.message).join('; '));
		error.partial = body.data;
		throw error;
	}
	return body.data;
}

function label(node) {
	if (!node) return '';
	return node.name || node.title || node.id;
}

function dateText(date) {
	return date && date.value ? date.value : 'date unknown';
}

function typeOf(node) {
	return node.__typename;
}

/** Where a node's own view lives: countries by their code, everything else by its global id. */
function href(node) {
	return typeOf(node) === 'Country' && node.code ? `#/country/${node.code}` : `#/node/${encodeURIComponent(node.id)}`;
}

function link(node) {
	return h('a', { href: href(node), 'data-type': typeOf(node) }, label(node));
}

function sourcesButton(factId, what) {
	return h('button', { type: 'button', class: 'sources', 'aria-label': `Sources for ${what}`, onclick: () => showCitations(factId, what) },
		'Sources');
}

function section(title, ...content) {
	return h('section', { 'aria-label': title }, h('h3', { text: title }), ...content);
}

function list(items, render, empty) {
	if (!items || items.length === 0) return h('p', { class: 'hint' }, empty || 'None recorded.');
	return h('ul', {}, items.map((item) => h('li', {}, render(item))));
}

// ---------------------------------------------------------------- citations and sources

async function showCitations(factId, what) {
	const detail = document.getElementById('detail');
	detail.replaceChildren(h('h2', { text: `Sources for ${what}` }), h('p', { class: 'hint', text: 'Loading…' }));
	try {
		const data = await graphql('citations', { id: factId });
		renderCitations((data.node && data.node.citations) || [], what);
	} catch (error) {
		detail.replaceChildren(h('h2', { text: `Sources for ${what}` }), h('p', { class: 'error', role: 'alert', text: error.message }));
	}
}

function renderCitations(citations, what) {
	const detail = document.getElementById('detail');
	detail.replaceChildren(h('h2', { text: `Sources for ${what}` }),
		citations.length === 0 ? h('p', { class: 'hint', text: 'No citation.' })
			: h('ol', { class: 'citations' }, citations.map((citation) => h('li', {},
				h('blockquote', { text: citation.quote }),
				h('p', { class: 'source' }, sourceLine(citation.source), ' ',
					h('button', { type: 'button', onclick: () => openSource(citation.source.id, citation.quote) }, 'Read in the source'))))));
	detail.focus({ preventScroll: true });
}

/** A source's own address, only when it is one a browser fetches (no `javascript:` or `data:`). */
function originalLink(url) {
	return url && /^https?:\/\//i.test(url)
		? [' · ', h('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, 'original')] : '';
}

function sourceLine(source) {
	return h('span', {}, h('cite', { text: source.title }),
		source.publisher ? ` · ${source.publisher}` : '', ` · ${dateText(source.published)}`,
		originalLink(source.url));
}

/** The source's whole text with the quote marked, so the reader sees the passage in context. */
async function openSource(sourceId, quote) {
	const detail = document.getElementById('detail');
	try {
		const { node: source } = await graphql('source', { id: sourceId });
		const text = source.text || '';
		const at = quote ? text.indexOf(quote) : -1;
		const body = h('div', { class: 'source-text', tabindex: '0', 'aria-label': 'Source text' });
		if (at < 0) {
			body.append(text || 'The source’s text is not stored.');
		} else {
			body.append(text.slice(0, at), h('mark', { id: 'quote', text: quote }), text.slice(at + quote.length));
		}
		detail.replaceChildren(...[h('h2', { text: source.title }),
			h('p', { class: 'source' }, [source.publisher, source.author, dateText(source.published)].filter(Boolean).join(' · '),
				originalLink(source.url)),
			at < 0 && quote ? h('blockquote', { text: quote }) : null, body].filter(Boolean));
		const mark = document.getElementById('quote');
		// scroll the text, not the page: the view the reader came from stays where it was
		if (mark) body.scrollTop = Math.max(0, mark.offsetTop - body.offsetTop - body.clientHeight / 3);
		detail.focus({ preventScroll: true });
	} catch (error) {
		say(error.message, true);
	}
}

// ---------------------------------------------------------------- charts (plain SVG)

const PALETTE = ['#1f5fa8', '#b8500b', '#2b7a3d', '#8a3ea0', '#a51d2d', '#4d5b6a', '#7a6000', '#0b6e75'];

function barChart(title, bars) {
	const width = 420, barHeight = 20, gap = 6, labelWidth = 130;
	const max = Math.max(1, ...bars.map((bar) => bar.total));
	const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
	svg.setAttribute('viewBox', `0 0 ${width} ${bars.length * (barHeight + gap) + 4}`);
	svg.setAttribute('role', 'img');
	svg.setAttribute('aria-label', `${title}: ${bars.map((bar) => `${bar.label} ${bar.total}`).join(', ')}`);
	bars.forEach((bar, row) => {
		const y = row * (barHeight + gap);
		const text = document.createElementNS(svg.namespaceURI, 'text');
		text.setAttribute('x', 0);
		text.setAttribute('y', y + 15);
		text.textContent = bar.label;
		svg.append(text);
		let x = labelWidth;
		bar.parts.forEach((part) => {
			const w = ((width - labelWidth - 40) * part.count) / max;
			const rect = document.createElementNS(svg.namespaceURI, 'rect');
			rect.setAttribute('x', x);
			rect.setAttribute('y', y);
			rect.setAttribute('width', Math.max(w, 1));
			rect.setAttribute('height', barHeight);
			rect.setAttribute('fill', part.color);
			const tip = document.createElementNS(svg.namespaceURI, 'title');
			tip.textContent = `${bar.label}, ${part.name}: ${part.count}`;
			rect.append(tip);
			svg.append(rect);
			x += w;
		});
		const count = document.createElementNS(svg.namespaceURI, 'text');
		count.setAttribute('x', x + 4);
		count.setAttribute('y', y + 15);
		count.textContent = bar.total;
		svg.append(count);
	});
	return h('figure', { class: 'chart' }, h('figcaption', { text: title }), svg);
}

function perYearChart(tallies) {
	const kinds = [...new Set(tallies.map((t) => t.kind))];
	const years = [...new Set(tallies.map((t) => t.year))].sort((a, b) => (a ?? 1e9) - (b ?? 1e9));
	const bars = years.map((year) => {
		const parts = tallies.filter((t) => t.year === year)
			.map((t) => ({ name: t.kind, count: t.count, color: PALETTE[kinds.indexOf(t.kind) % PALETTE.length] }));
		return { label: year === null ? 'year unknown' : String(year), parts, total: parts.reduce((sum, p) => sum + p.count, 0) };
	});
	const legend = h('p', { class: 'legend' }, kinds.map((kind, i) =>
		h('span', {}, h('i', { style: `background:${PALETTE[i % PALETTE.length]}` }), kind)));
	return h('div', {}, barChart('Agreements per year, by kind', bars.slice(-15)), legend);
}

function statusChart(counts) {
	const bars = counts.filter((c) => c.count > 0)
		.map((c, i) => ({ label: c.status, total: c.count, parts: [{ name: c.status, count: c.count, color: PALETTE[i % PALETTE.length] }] }));
	return bars.length ? barChart('Agreements by status', bars) : h('p', { class: 'hint', text: 'No agreement recorded.' });
}

// ---------------------------------------------------------------- network picture

const TYPE_STYLE = {
	Country: { color: '#1f5fa8', shape: 'round-rectangle' },
	Person: { color: '#2b7a3d', shape: 'ellipse' },
	Organization: { color: '#8a3ea0', shape: 'hexagon' },
	Agreement: { color: '#b8500b', shape: 'diamond' },
	Event: { color: '#a51d2d', shape: 'triangle' },
	Place: { color: '#4d5b6a', shape: 'rectangle' },
};

/** Neighbours of a profile as [node, relation] pairs, read from the answer the profile already has. */
function neighbours(profile) {
	const out = [];
	const add = (node, relation) => node && node.id && node.id !== profile.id && out.push([node, relation]);
	switch (typeOf(profile)) {
		case 'Country':
			(profile.agreements?.edges || []).forEach(({ node }) => {
				add({ __typename: 'Agreement', ...node }, 'party to');
				node.parties.forEach((party) => party.actor.id !== profile.id && add(party.actor, 'party with'));
			});
			(profile.memberships || []).forEach((m) => add({ __typename: 'Organization', ...m.organization }, m.kind.toLowerCase()));
			(profile.events || []).forEach((e) => add({ __typename: 'Event', ...e }, 'involved in'));
			(profile.signatures || []).forEach((s) => add({ __typename: 'Person', ...s.signer }, 'signed for'));
			(profile.organizations || []).forEach((o) => add({ __typename: 'Organization', ...o }, 'its organisation'));
			break;
		case 'Person':
			(profile.signatures || []).forEach((s) => add({ __typename: 'Agreement', ...s.agreement }, 'signed'));
			(profile.attendances || []).forEach((a) => add({ __typename: 'Event', ...a.event }, 'attended'));
			(profile.tenures || []).forEach((t) => add(t.within, t.post));
			break;
		case 'Organization':
			(profile.agreements?.edges || []).forEach(({ node }) => add({ __typename: 'Agreement', ...node }, 'party to'));
			(profile.memberships || []).forEach((m) => add({ __typename: 'Organization', ...m.organization }, 'member of'));
			(profile.members || []).forEach((m) => add(m.member, 'member'));
			(profile.tenures || []).forEach((t) => add({ __typename: 'Person', ...t.holder }, t.post));
			if (profile.country) add({ __typename: 'Country', ...profile.country }, 'based in');
			break;
		case 'Agreement':
			(profile.parties || []).forEach((p) => add(p.actor, 'party'));
			(profile.signatures || []).forEach((s) => add({ __typename: 'Person', ...s.signer }, 'signed'));
			(profile.events || []).forEach((e) => add({ __typename: 'Event', ...e }, 'at'));
			break;
		case 'Event':
			(profile.attendances || []).forEach((a) => add(a.attendee, a.role || 'attended'));
			(profile.agreements || []).forEach((a) => add({ __typename: 'Agreement', ...a }, 'signed at'));
			(profile.organizers || []).forEach((o) => add({ __typename: 'Organization', ...o }, 'organised'));
			if (profile.venue) add({ __typename: 'Place', ...profile.venue }, 'held in');
			break;
		case 'Place':
			if (profile.country) add({ __typename: 'Country', ...profile.country }, 'in');
			break;
		default:
	}
	const seen = new Set();
	return out.filter(([node]) => !seen.has(node.id) && seen.add(node.id));
}

function networkView(profile) {
	const container = h('div', { id: 'network', class: 'network', role: 'img', 'aria-label': `Network around ${label(profile)}` });
	const listing = h('ul', { id: 'network-list', class: 'network-list', 'aria-label': 'Nodes in the picture' });
	const more = h('button', { type: 'button', id: 'network-more', hidden: true }, 'Show more');
	const wrapper = h('div', {}, container, h('p', { class: 'hint' },
		'Click a node to add its neighbours; double-click, or use the list below, to open it.'), more,
		h('details', { open: true }, h('summary', {}, 'Nodes in the picture'), listing));
	const shown = new Map();
	const pending = new Map();
	const started = performance.now();
	const draw = () => cytoscape({
		container,
		elements: [],
		style: [
			{ selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'text-wrap': 'ellipsis', 'text-max-width': 120,
				'background-color': 'data(color)', shape: 'data(shape)', width: 18, height: 18, color: '#1b1b1b' } },
			{ selector: 'node.root', style: { width: 30, height: 30, 'font-weight': 'bold' } },
			{ selector: 'edge', style: { width: 1, 'line-color': '#9aa5b1', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 7, color: '#4d5b6a' } },
		],
	});
	let cy = null;
	const addNode = (node, root) => {
		if (shown.has(node.id)) return;
		const style = TYPE_STYLE[typeOf(node)] || TYPE_STYLE.Place;
		shown.set(node.id, node);
		cy.add({ group: 'nodes', data: { id: node.id, label: label(node), color: style.color, shape: style.shape, type: typeOf(node) }, classes: root ? 'root' : '' });
		listing.append(h('li', {}, h('span', { class: 'type', text: typeOf(node) }), ' ', link(node), ' ',
			root ? '' : h('button', { type: 'button', class: 'sources', 'aria-label': `Add the neighbours of ${label(node)}`, onclick: () => expand(node.id) }, '+')));
	};
	const addNeighbours = (center, pairs) => {
		const fresh = pairs.filter(([node]) => !shown.has(node.id));
		const now = fresh.slice(0, NETWORK_CAP);
		pending.set(center.id, fresh.slice(NETWORK_CAP));
		now.forEach(([node]) => addNode(node, false));
		pairs.forEach(([node, relation]) => {
			const edgeId = `${center.id}->${node.id}`;
			if (shown.has(node.id) && cy.getElementById(edgeId).empty() && cy.getElementById(`${node.id}->${center.id}`).empty()) {
				cy.add({ group: 'edges', data: { id: edgeId, source: center.id, target: node.id, label: relation } });
			}
		});
		const left = [...pending.values()].reduce((sum, rest) => sum + rest.length, 0);
		more.hidden = left === 0;
		more.textContent = `Show more (${left} not drawn)`;
		cy.layout({ name: 'cose', animate: false, nodeDimensionsIncludeLabels: true, randomize: false, padding: 24, idealEdgeLength: () => 90 }).run();
	};
	more.addEventListener('click', () => {
		for (const [centerId, rest] of pending) {
			if (rest.length) addNeighbours(shown.get(centerId), rest);
		}
	});
	const expand = async (id) => {
		const node = shown.get(id);
		if (!node || node.expanded) return;
		node.expanded = true;
		try {
			const profile = await loadProfile(node);
			addNeighbours(profile, neighbours(profile));
		} catch (error) {
			say(error.message, true);
		}
	};
	const open = (event) => {
		const node = shown.get(event.target.id());
		if (node) location.hash = href(node);
	};
	// Cytoscape measures its container, so it starts once the view is in the document.
	requestAnimationFrame(() => {
		cy = draw();
		state.cy = cy;
		cy.on('tap', 'node', (event) => expand(event.target.id()));
		cy.on('dbltap', 'node', open);
		addNode(profile, true);
		shown.get(profile.id).expanded = true;
		addNeighbours(profile, neighbours(profile));
		document.body.dataset.networkMs = String(Math.round(performance.now() - started));
		document.body.dataset.networkAtMs = String(Math.round(performance.now()));
		document.body.dataset.networkNodes = String(cy.nodes().length);
	});
	return wrapper;
}

async function loadProfile(node) {
	if (typeOf(node) === 'Country' && node.code) {
		return countryProfile(await graphql('country', { code: node.code, first: NETWORK_CAP * 4 }));
	}
	const data = await graphql('node', { id: node.id, first: NETWORK_CAP * 4 });
	if (!data.node) throw new Error(`Nothing is recorded under ${node.id}${state.asOf ? ' at that moment' : ''}.`);
	// GraphQL wants same-named fields of different types aliased apart; the views read one name
	const { organizationKind, eventKind, placeKind, organizationCountry, placeCountry, agreementPage, agreementsSigned, ...profile } = data.node;
	return { ...profile, kind: profile.kind || organizationKind || eventKind || placeKind,
		country: organizationCountry || placeCountry, agreements: agreementPage || agreementsSigned };
}

function countryProfile(data) {
	if (!data.country) return null;
	return { __typename: 'Country', ...data.country, perYear: data.agreementsPerYear, partners: data.topPartners };
}

/** Counted from the page in hand when it holds them all: one request less for most countries. */
async function statusCounts(profile) {
	const { agreements } = profile;
	if (!agreements.pageInfo.hasNextPage) {
		const counts = {};
		agreements.edges.forEach(({ node }) => { counts[node.status] = (counts[node.status] || 0) + 1; });
		return Object.entries(counts).map(([status, count]) => ({ status, count })).sort((a, b) => b.count - a.count);
	}
	const data = await graphql('countryStatuses', { code: profile.code });
	return Object.entries(data).map(([status, value]) => ({ status, count: value.totalCount }));
}

// ---------------------------------------------------------------- views

function agreementItem(agreement, extra) {
	return [link({ __typename: 'Agreement', ...agreement }), h('span', { class: `badge status-${agreement.status}`, text: agreement.status }),
		extra || '', ' ', sourcesButton(agreement.id, agreement.title)];
}

async function showCountry(code) {
	const main = begin(`Country ${code}`);
	const profile = countryProfile(await graphql('country', { code: code.toUpperCase(), first: NETWORK_CAP * 4 }));
	if (!profile) return finish(main, h('p', { class: 'error', role: 'alert', text: `No country with the code ${code}.` }));
	subscribeLive(profile.code, () => showCountry(code));
	const agreements = profile.agreements;
	const statuses = await statusCounts(profile);
	finish(main,
		h('h2', {}, profile.name, ' ', h('small', { text: profile.code })),
		profile.aliases.length ? h('p', { class: 'hint', text: `Also: ${profile.aliases.join(', ')}` }) : null,
		h('p', {}, h('a', { href: `#/bilateral/${profile.code}` }, `Compare ${profile.name} with other countries`), ' · ',
			h('a', { href: `#/connections/${profile.code}` }, `How is ${profile.name} connected to…`)),
		h('div', { class: 'columns' },
			section('Agreements per year', perYearChart(profile.perYear)),
			section('Agreements by status', statusChart(statuses))),
		section('Network', networkView(profile)),
		h('div', { class: 'columns' },
			section('Top partners', list(profile.partners, (p) => [link(p.partner), ` — ${p.agreements} agreements `,
				typeOf(p.partner) === 'Country' ? h('a', { href: `#/bilateral/${profile.code},${p.partner.code}` }, 'bilateral view') : ''])),
			section('Memberships', list(profile.memberships, (m) => [h('span', { class: 'badge', text: m.kind }), ' ',
				link({ __typename: 'Organization', ...m.organization }), ` since ${dateText(m.start)}`, m.end.value ? ` until ${m.end.value}` : '', ' ',
				sourcesButton(m.id, `${profile.name}’s membership of ${m.organization.name}`)]))),
		section(`Agreements (${agreements.totalCount})`, agreementPages(profile.code, agreements)),
		h('div', { class: 'columns' },
			section('Signatures on its behalf', list(profile.signatures, (s) => [link({ __typename: 'Person', ...s.signer }),
				s.post ? ` (${s.post})` : '', ' signed ', link({ __typename: 'Agreement', ...s.agreement }), ` · ${dateText(s.date)} `,
				sourcesButton(s.id, `${s.signer.name}’s signature`)])),
			section('Recent events', list(sortByDate(profile.events), (e) => [link({ __typename: 'Event', ...e }),
				` · ${dateText(e.date)}`, e.venue ? ` · ${e.venue.name}` : '', ' ', sourcesButton(e.id, e.name)]))),
		section('Its organisations', list(profile.organizations, (o) => link({ __typename: 'Organization', ...o }))));
}

/** A country's agreements a hundred at a time, the next hundred on request. */
function agreementPages(code, agreements) {
	const items = list(agreements.edges.map((e) => e.node), (a) => agreementItem(a));
	items.id = 'country-agreements';
	if (!agreements.pageInfo.hasNextPage) return items;
	let after = agreements.pageInfo.endCursor;
	let shown = agreements.edges.length;
	const more = h('button', { type: 'button', id: 'agreements-more' }, `Show the next 100 (${shown} of ${agreements.totalCount} shown)`);
	more.addEventListener('click', async () => {
		more.disabled = true;
		try {
			const { country } = await graphql('countryAgreements', { code, after });
			const page = country.agreements;
			page.edges.forEach(({ node }) => items.append(h('li', {}, agreementItem(node))));
			shown += page.edges.length;
			after = page.pageInfo.endCursor;
			more.hidden = !page.pageInfo.hasNextPage;
			more.textContent = `Show the next 100 (${shown} of ${agreements.totalCount} shown)`;
		} catch (error) {
			say(error.message, true);
		} finally {
			more.disabled = false;
		}
	});
	return [items, more];
}

function sortByDate(items) {
	return [...(items || [])].sort((a, b) => String(b.date?.value ?? '').localeCompare(String(a.date?.value ?? '')));
}

async function showNode(id) {
	const main = begin('Profile');
	const profile = await loadProfile({ id });
	if (typeOf(profile) === 'Country') {
		location.replace(href(profile));
		return;
	}
	subscribeLive(null);
	const name = label(profile);
	const parts = [h('h2', {}, name, ' ', h('small', { text: typeOf(profile) }))];
	switch (typeOf(profile)) {
		case 'Person': {
			const years = {};
			profile.signatures.forEach((s) => { const y = s.date.value ? s.date.value.slice(0, 4) : null; years[y] = (years[y] || 0) + 1; });
			parts.push(h('div', { class: 'columns' },
				section('Posts', list(profile.tenures, (t) => [t.post, ' — ', link(t.within), ` · ${dateText(t.start)} to ${t.end.value || 'now or unknown'} `,
					sourcesButton(t.id, `${name} as ${t.post}`)])),
				section('Signatures per year', barChart('Signatures per year', Object.entries(years)
					.map(([year, count]) => ({ label: year === 'null' ? 'year unknown' : year, total: count, parts: [{ name: 'signatures', count, color: PALETTE[0] }] }))))),
			section('Network', networkView(profile)),
			section('Signed', list(profile.signatures, (s) => [link({ __typename: 'Agreement', ...s.agreement }),
				s.onBehalfOf ? [' for ', link(s.onBehalfOf)] : '', s.post ? ` as ${s.post}` : '', ` · ${dateText(s.date)} `,
				sourcesButton(s.id, `${name}’s signature of ${s.agreement.title}`)])),
			section('Attended', list(profile.attendances, (a) => [link({ __typename: 'Event', ...a.event }), a.role ? ` as ${a.role}` : '',
				` · ${dateText(a.event.date)} `, sourcesButton(a.id, `${name} at ${a.event.name}`)])));
			break;
		}
		case 'Organization':
			parts.push(profile.country ? h('p', {}, 'Based in ', link({ __typename: 'Country', ...profile.country })) : null,
				section('Network', networkView(profile)),
				h('div', { class: 'columns' },
					section('Member of', list(profile.memberships, (m) => [h('span', { class: 'badge', text: m.kind }), ' ',
						link({ __typename: 'Organization', ...m.organization }), ' ', sourcesButton(m.id, `membership of ${m.organization.name}`)])),
					section('Members', list(profile.members, (m) => [link(m.member), ` (${m.kind}) `, sourcesButton(m.id, `${label(m.member)}’s membership`)]))),
				section('Posts', list(profile.tenures, (t) => [link({ __typename: 'Person', ...t.holder }), ` — ${t.post} `, sourcesButton(t.id, `${t.holder.name} as ${t.post}`)])),
				section(`Agreements (${profile.agreements.totalCount})`, list(profile.agreements.edges.map((e) => e.node), (a) => agreementItem(a))));
			break;
		case 'Agreement':
			parts.push(h('p', {}, h('span', { class: `badge status-${profile.status}`, text: profile.status }), ` ${profile.kind} `,
				sourcesButton(profile.id, profile.title)), profile.summary ? h('p', { text: profile.summary }) : null,
			section('Network', networkView(profile)),
			section('Parties', list(profile.parties, (p) => [link(p.actor), ' ', h('span', { class: 'badge', text: p.status }), ' ',
				sourcesButton(p.id, `${label(p.actor)} as a party`)])),
			section('Signatures', list(profile.signatures, (s) => [link({ __typename: 'Person', ...s.signer }), s.post ? ` (${s.post})` : '',
				s.onBehalfOf ? [' for ', link(s.onBehalfOf)] : '', s.event ? [' at ', link({ __typename: 'Event', ...s.event })] : '',
				s.event && s.event.venue ? `, ${s.event.venue.name}` : '', ` · ${dateText(s.date)} `, sourcesButton(s.id, `${s.signer.name}’s signature`)])),
			section('Steps', list(profile.actions, (a) => [`${a.kind}${a.party ? ` by ${label(a.party)}` : ''} · ${dateText(a.date)} `,
				sourcesButton(a.id, `${a.kind} of ${profile.title}`)])),
			section('Citations', citationList(profile.citations)));
			break;
		case 'Event':
			parts.push(h('p', {}, `${profile.kind} · ${dateText(profile.date)}`, profile.venue ? [' · ', link({ __typename: 'Place', ...profile.venue })] : '', ' ',
				sourcesButton(profile.id, profile.name)), profile.summary ? h('p', { text: profile.summary }) : null,
			section('Network', networkView(profile)),
			section('Attendees', list(profile.attendances, (a) => [link(a.attendee), a.role ? ` as ${a.role}` : '', ' ', sourcesButton(a.id, `${label(a.attendee)} at ${profile.name}`)])),
			section('Agreements', list(profile.agreements, (a) => agreementItem(a))),
			section('Citations', citationList(profile.citations)));
			break;
		default:
			parts.push(section('Network', networkView(profile)));
	}
	finish(main, ...parts);
}

function citationList(citations) {
	return list(citations, (c) => [h('blockquote', { text: c.quote }), sourceLine(c.source), ' ',
		h('button', { type: 'button', onclick: () => openSource(c.source.id, c.quote) }, 'Read in the source')], 'No citation.');
}

async function showSearch(query) {
	const main = begin(`Search ${query}`);
	document.getElementById('search-input').value = query;
	const { search } = await graphql('search', { q: query });
	subscribeLive(null);
	finish(main, h('h2', { text: `Results for “${query}”` }),
		!search || search.length === 0 ? h('p', { class: 'hint', text: 'Nothing matches.' })
			: h('ol', { id: 'search-results', class: 'results' }, search.map((hit) => h('li', {},
				h('span', { class: 'type', text: typeOf(hit.node) }), ' ', link(hit.node), ' ',
				h('span', { class: 'matched' }, highlighted(hit.matchedIn))))));
}

function codesOrIds(text) {
	return text.split(/[\s,]+/).map((part) => part.trim()).filter(Boolean);
}

async function showBilateral(between) {
	const main = begin('Bilateral');
	const form = h('form', { class: 'inline', id: 'bilateral-form' },
		h('label', { for: 'bilateral-input' }, 'Two to five countries (ISO codes) or ids, separated by commas'),
		h('input', { id: 'bilateral-input', value: between.join(','), required: true }), h('button', { type: 'submit' }, 'Compare'));
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		location.hash = `#/bilateral/${codesOrIds(form.querySelector('input').value).join(',')}`;
	});
	if (between.length < 2) return finish(main, h('h2', { text: 'Bilateral view' }), form);
	const { relations } = await graphql('bilateral', { between });
	const countries = relations.between.filter((n) => typeOf(n) === 'Country');
	subscribeLive(countries.length ? countries[0].code : null, () => showBilateral(between));
	const timeline = relations.timeline;
	finish(main, h('h2', { text: relations.between.map(label).join(' – ') }), form,
		h('div', { class: 'columns' },
			section('Tally', list(relations.agreementTally, (t) => `${t.count} ${t.kind} ${t.status}`, 'No shared agreement.')),
			section('Shared memberships', list(relations.sharedMemberships, (s) => [link({ __typename: 'Organization', ...s.organization }), ' ',
				s.memberships.map((m) => sourcesButton(m.id, `${label(m.member)} in ${s.organization.name}`))]))),
		section(`Shared agreements (${relations.agreements.totalCount})`, list(relations.agreements.edges.map((e) => e.node), (a) => agreementItem(a))),
		section(`Timeline (${timeline.totalCount})`, timeline.edges.length === 0 ? h('p', { class: 'hint', text: 'Nothing dated yet.' })
			: h('ol', { id: 'timeline', class: 'timeline' }, timeline.edges.map(({ node: entry }) => h('li', {},
				h('time', { text: entry.date.value || 'undated' }), ' ', h('span', { class: 'badge', text: entry.kind }), ' ', entry.statement,
				entry.disputed ? h('span', { class: 'badge disputed', text: 'disputed' }) : '', ' ',
				h('button', { type: 'button', class: 'sources', onclick: () => renderCitations(entry.citations, entry.statement) }, 'Sources'))))));
}

async function resolveEnd(text) {
	if (/^[A-Za-z]{2,3}$/.test(text)) return text.toUpperCase();
	if (/^[A-Za-z0-9+/=_-]{16,}$/.test(text) && !/\s/.test(text)) return text;
	const { search } = await graphql('resolve', { q: text });
	if (!search || !search.length) throw new Error(`Nothing matches “${text}”.`);
	const node = search[0].node;
	return typeOf(node) === 'Country' ? node.code : node.id;
}

async function showConnections(from, to) {
	const main = begin('Connections');
	const form = h('form', { class: 'inline', id: 'connections-form' },
		h('label', { for: 'connect-from' }, 'From'), h('input', { id: 'connect-from', value: from || '', required: true, placeholder: 'CU, Lavrov, …' }),
		h('label', { for: 'connect-to' }, 'to'), h('input', { id: 'connect-to', value: to || '', required: true }),
		h('button', { type: 'submit' }, 'Connect'));
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		location.hash = `#/connections/${encodeURIComponent(form.elements[0].value)}/${encodeURIComponent(form.elements[1].value)}`;
	});
	if (!from || !to) return finish(main, h('h2', { text: 'How are two nodes connected?' }), form);
	const [a, b] = await Promise.all([resolveEnd(from), resolveEnd(to)]);
	const { connections } = await graphql('connections', { from: a, to: b });
	subscribeLive(null);
	finish(main, h('h2', { text: `How ${from} and ${to} are connected` }), form,
		connections.length === 0 ? h('p', { class: 'hint', text: 'No connection within four steps.' })
			: h('ol', { id: 'paths' }, connections.map((path) => h('li', {}, h('p', { text: `${path.length} step${path.length === 1 ? '' : 's'}` }),
				h('ol', { class: 'hops' }, path.hops.map((hop) => h('li', {}, hop.statement, ' ',
					hop.referenceData ? h('span', { class: 'hint', text: '(reference data, no citation)' })
						: h('button', { type: 'button', class: 'sources', onclick: () => renderCitations(hop.citations, hop.statement) }, 'Sources'),
					hop.citations.length ? h('blockquote', { text: hop.citations[0].quote }) : '')))))));
}

function showHome() {
	const main = begin('Home');
	subscribeLive(null);
	finish(main, h('h2', { text: 'Diplomatic agreements, each fact traceable to its source' }),
		h('p', {}, 'Search above, or start from ', h('a', { href: '#/country/CU' }, 'Cuba'), ', ',
			h('a', { href: '#/bilateral/CU,RU' }, 'Cuba and Russia side by side'), ', or ',
			h('a', { href: '#/search/Rodríguez' }, 'a search for Rodríguez'), '.'),
		h('p', { class: 'hint' }, 'Every figure on this page comes from the public GraphQL API at /graphql; ',
			h('a', { href: '/graphiql' }, 'GraphiQL'), ' asks the same questions.'));
}

function begin(what) {
	const main = document.getElementById('main');
	main.setAttribute('aria-busy', 'true');
	// timings and counts describe the view on screen, not the one before it
	['networkMs', 'networkAtMs', 'networkNodes'].forEach((key) => delete document.body.dataset[key]);
	say(`Loading ${what}…`);
	return main;
}

function finish(main, ...content) {
	// the view being replaced takes its network with it: cytoscape listens on the window until destroyed
	if (state.cy) {
		state.cy.destroy();
		state.cy = null;
	}
	main.replaceChildren(...content.flat().filter(Boolean));
	main.setAttribute('aria-busy', 'false');
	say('');
	document.body.dataset.view = location.hash || '#/';
}

// ---------------------------------------------------------------- live updates (graphql-transport-ws)

function subscribeLive(code, onChange) {
	if (state.live && state.live.code === code) {
		state.live.onChange = onChange;
		return;
	}
	if (state.live) state.live.socket.close(1000, 'view changed');
	state.live = null;
	const liveState = document.getElementById('live-state');
	if (!code || state.asOf) {
		liveState.textContent = state.asOf ? 'Live updates are off while the page shows a past moment.' : 'Open a country to hear curators’ changes to it.';
		return;
	}
	const socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`, 'graphql-transport-ws');
	const live = { code, socket, onChange };
	state.live = live;
	socket.addEventListener('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
	socket.addEventListener('message', (message) => {
		const data = JSON.parse(message.data);
		if (data.type === 'connection_ack') {
			socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: LIVE, variables: { involving: code } } }));
			liveState.textContent = `Listening for changes involving ${code}.`;
			document.body.dataset.live = code;
		} else if (data.type === 'next' && data.payload.data) {
			const change = data.payload.data.factChanged;
			const what = change.node ? [`${change.node.__typename} `, change.node.name || change.node.title ? link(change.node) : ''] : 'a fact';
			document.getElementById('live-list').prepend(h('li', {}, h('time', { text: change.at.slice(11, 19) }),
				` ${change.curator}: ${change.operation} — `, what));
			// one mutation tells of each node it wrote; the view is read again once they have arrived
			clearTimeout(live.reload);
			live.reload = setTimeout(() => live.onChange && state.live === live && live.onChange(), 400);
		} else if (data.type === 'error' || (data.type === 'next' && data.payload.errors)) {
			liveState.textContent = `Live updates refused: ${JSON.stringify(data.payload)}`;
		} else if (data.type === 'ping') {
			socket.send(JSON.stringify({ type: 'pong' }));
		}
	});
	socket.addEventListener('close', () => {
		if (state.live === live) {
			liveState.textContent = 'Live updates disconnected; reopen the view to listen again.';
			delete document.body.dataset.live;
		}
	});
}

// ---------------------------------------------------------------- routing and start

async function route() {
	const [, view, ...rest] = (location.hash || '#/').slice(1).split('/');
	const args = rest.map((part) => decodeURIComponent(part));
	try {
		switch (view) {
			case 'search': await showSearch(args.join('/')); break;
			case 'country': await showCountry(args[0]); break;
			case 'node': await showNode(args[0]); break;
			case 'bilateral': await showBilateral(args[0] ? codesOrIds(args[0]) : []); break;
			case 'connections': await showConnections(args[0], args[1]); break;
			default: showHome();
		}
	} catch (error) {
		const main = document.getElementById('main');
		main.replaceChildren(h('p', { class: 'error', role: 'alert', text: error.message }),
			error.needsToken ? tokenForm() : h('button', { type: 'button', id: 'retry', onclick: route }, 'Try again'));
		main.setAttribute('aria-busy', 'false');
		say('');
		document.body.dataset.view = location.hash || '#/';
	}
}

/**
 * Where reads need a sign-in (`TREATYGRAPH_SECURITY_OPENREADS=false`), an API token kept for
 * this tab only. Browsers cannot send it on a WebSocket, so live updates stay off then.
 */
function tokenForm() {
	const form = h('form', { class: 'inline', id: 'token-form' },
		h('label', { for: 'token-input' }, 'API token'),
		h('input', { id: 'token-input', type: 'password', autocomplete: 'off', required: true }),
		h('button', { type: 'submit' }, 'Use token'),
		sessionStorage.getItem(TOKEN_KEY) ? h('button', { type: 'button', onclick: () => { sessionStorage.removeItem(TOKEN_KEY); route(); } }, 'Forget token') : null);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		sessionStorage.setItem(TOKEN_KEY, form.querySelector('input').value.trim());
		route();
	});
	return form;
}

function applyAsOf(value) {
	state.asOf = value || null;
	const banner = document.getElementById('as-of-banner');
	banner.hidden = !state.asOf;
	banner.textContent = state.asOf ? `Showing the graph as it stood at ${state.asOf}: later facts are absent, later retractions not yet made.` : '';
	const params = new URLSearchParams(location.search);
	if (state.asOf) params.set('asOf', state.asOf); else params.delete('asOf');
	history.replaceState(null, '', `${location.pathname}${params.toString() ? `?${params}` : ''}${location.hash}`);
}

function start() {
	document.getElementById('search-form').addEventListener('submit', (event) => {
		event.preventDefault();
		const query = document.getElementById('search-input').value.trim();
		if (query) location.hash = `#/search/${encodeURIComponent(query)}`;
	});
	document.getElementById('as-of-form').addEventListener('submit', (event) => {
		event.preventDefault();
		const local = document.getElementById('as-of-input').value;
		applyAsOf(local ? new Date(local).toISOString().replace(/\.\d{3}Z$/, 'Z') : null);
		if (state.live) { state.live.socket.close(); state.live = null; }
		route();
	});
	document.getElementById('as-of-clear').addEventListener('click', () => {
		document.getElementById('as-of-input').value = '';
		applyAsOf(null);
		route();
	});
	const asOf = new URLSearchParams(location.search).get('asOf');
	if (asOf) applyAsOf(asOf);
	window.addEventListener('hashchange', route);
	window.treatygraph = state;
	route().then(() => {
		document.body.dataset.ready = 'true';
		document.body.dataset.readyMs = String(Math.round(performance.now()));
	});
}

start();
