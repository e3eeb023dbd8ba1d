/* MIL Quest on a phone: a team of a live competition (docs/phone-client.md).
   The phone runs no investigation itself: it sends each step to the host and draws the `case`
   the host answers with. Every visible word is an English msgid put through t(); their
   translations come from the host as /i18n/LANG.json (quest/web/strings.py lists them). */
(function () {
  'use strict';

  const LANGS = ['kk', 'ru', 'en'];
  // The host's final close codes (quest.lan.protocol.Close), worded by quest.ui.problems.
  const FINAL = {
    4001: 'wrong join code, or the lobby is locked',
    4002: 'type a team name of at most 24 letters',
    4003: 'the host removed your team',
    4004: 'another team has this name: choose another',
    4005: 'the competition is full',
    4029: 'too many wrong codes: wait a minute'
  };
  const REPLACED = 4000;
  const REFUSALS = {
    'no-such-round': 'The host did not count your verdict: that round is not played with this case.',
    'not-playable': 'The host did not count your verdict: the investigation it describes is not possible in this case.',
    'not-stored': 'The host could not save your verdict yet: it is sent again until it is saved.',
    'already-answered': 'The host did not count this verdict: your team already gave one in this round.',
    '': 'The host did not count your verdict.'
  };
  const NOTICES = {
    'used': 'This tool has already been used.',
    'unknown-clue': 'This clue is not in your notebook.',
    'over': 'The investigation is over: your verdict is given.'
  };
  const ANSWER_ICONS = { genuine: 'check', fake: 'ban', misleading: 'warning', satire: 'smile', unverified: 'question' };
  const OUTCOME_ICONS = { right: 'check', near: 'warning', wrong: 'cross' };
  const ICONS = ['source', 'author', 'url', 'date', 'image', 'lateral', 'quote', 'data', 'ai', 'account', 'link', 'emotion',
    'check', 'cross', 'pin', 'clock', 'play', 'arrow_left', 'arrow_right', 'question', 'warning', 'ban', 'smile', 'verified', 'forward', 'lock'];
  // Team names to pick instead of typing one (quest/web/strings.py TEAM_NAMES, translated).
  const TEAM_NAMES = ['Snow leopards', 'Golden eagles', 'Steppe foxes', 'Tulpars', 'Fact hunters',
    'Truth seekers', 'Sharp eyes', 'Myth busters'];
  const AVATAR_COLOURS = 6;  // as many as app.css has, in the game's order (quest/ui/cards.py)
  const PING_EVERY = 10000, PONG_WITHIN = 10000, RETRY_FIRST = 500, RETRY_MOST = 5000, TOAST_MS = 8000;

  const $ = (id) => document.getElementById(id);
  const params = new URLSearchParams(location.search);

  // -- what the page knows -----------------------------------------------------------------
  let words = {};
  let lang = 'en';
  let code = '';          // the join code the team belongs to
  let joining = null;     // {code, team} typed on the join view, until the host welcomes us
  let me = '';            // our team's name
  let view = 'join';
  let ws = null, connected = false, stopped = false, rejoined = false;
  let retryDelay = RETRY_FIRST, retryTimer = 0, pingTimer = 0, pongTimer = 0;
  let state = null;       // the host's last `state`
  let current = null;     // the last `case`
  let openRound = null;   // the round whose case is shown
  let itemKey = '';       // what the item card was drawn from: redrawn only when it changes
  let busy = false, toastTimer = 0;       // a command is on its way: a second tap must not spend minutes twice
  let lastTool = null;
  let verdictRound = null; // the round the verdict form's choices belong to

  // -- words ---------------------------------------------------------------------------------
  function t(msgid) {
    return Object.prototype.hasOwnProperty.call(words, msgid) && words[msgid] ? words[msgid] : msgid;
  }
  function tf(msgid, values) {
    return t(msgid).replace(/\{(\w+)\}/g, (all, name) => (name in values ? String(values[name]) : all));
  }
  async function loadWords(wanted) {
    try {
      const reply = await fetch('/i18n/' + wanted + '.json');
      if (!reply.ok) throw new Error(reply.status);
      words = (await reply.json()).strings || {};
      lang = wanted;
    } catch (e) {
      if (wanted === 'en') { words = {}; lang = 'en'; }  // English needs no catalog
    }
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-t]').forEach((node) => { node.textContent = t(node.dataset.t); });
    document.querySelectorAll('[data-t-label]').forEach((node) => node.setAttribute('aria-label', t(node.dataset.tLabel)));
    document.querySelectorAll('button.lang').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.lang === lang)));
    document.querySelectorAll('button[data-name]').forEach((b) => { b.textContent = t(b.dataset.name); });
  }
  function firstLanguage() {
    const asked = [params.get('lang'), storage('get', 'mq|lang')]
      .concat((navigator.languages || [navigator.language]).map((l) => String(l || '').toLowerCase().split('-')[0]));
    return asked.find((l) => LANGS.indexOf(l) >= 0) || 'en';
  }
  async function setLanguage(wanted) {
    storage('set', 'mq|lang', wanted);
    setUrl();
    await loadWords(wanted);
    $('lang-menu').open = false;
    if (view === 'wait') renderWait();
    if (view !== 'join' && view !== 'wait' && openRound !== null) openCase(openRound);  // the case's texts too
  }
  // Browsers often lack Kazakh number and date data (and show 12,345 or "2025 M01 21"):
  // Kazakh writes numbers as Russian does (12 345,6), and its dates plainly as 21.01.2025.
  function number(value) { return new Intl.NumberFormat(lang === 'kk' ? 'ru' : lang).format(value); }
  function compact(value) {
    if (lang === 'kk') return number(value);  // the words for thousands would be English
    return new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
  }
  // The moment as the item says it, in its own time zone (not the phone's), like the game.
  function moment(iso) {
    const m = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d))?/.exec(iso || '');
    if (!m) return '';
    if (lang === 'kk') return m[3] + '.' + m[2] + '.' + m[1] + (m[4] ? ', ' + m[4] + ':' + m[5] : '');
    const when = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] || 0), +(m[5] || 0));
    const style = m[4] ? { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' };
    return new Intl.DateTimeFormat(lang, style).format(when);
  }

  // -- storage: the team's token and the verdicts not yet acknowledged ------------------------
  function storage(how, key, value) {
    try {  // private browsing or a full storage must not stop the game
      if (how === 'get') return localStorage.getItem(key);
      if (how === 'set') localStorage.setItem(key, value); else localStorage.removeItem(key);
    } catch (e) { /* the team then lasts as long as the page */ }
    return null;
  }
  const tokenKey = () => 'mq|' + location.host + '|' + code;
  const pendingKey = () => tokenKey() + '|pending';
  function token() { try { return JSON.parse(storage('get', tokenKey()) || 'null'); } catch (e) { return null; } }
  function pending() { try { return JSON.parse(storage('get', pendingKey()) || '[]'); } catch (e) { return []; } }
  function setPending(list) { storage(list.length ? 'set' : 'del', pendingKey(), JSON.stringify(list)); }
  function pendingFor(round) { return pending().find((p) => p.round === round); }
  function setUrl() {
    const query = new URLSearchParams();
    if (code) query.set('code', code);
    query.set('lang', storage('get', 'mq|lang') || lang);
    history.replaceState(null, '', location.pathname + '?' + query);
  }

  // -- the connection ------------------------------------------------------------------------
  function connect() {
    clearTimeout(retryTimer);
    if (ws || stopped) return;
    const saved = token();
    const hello = saved ? { type: 'rejoin', team_id: saved.team_id, secret: saved.secret } : joining && Object.assign({ type: 'join' }, joining);
    if (!hello) { show('join'); return; }
    rejoined = hello.type === 'rejoin';
    status('connecting');
    const sock = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws');
    ws = sock;
    sock.addEventListener('open', () => { if (sock === ws) raw(hello); });
    sock.addEventListener('message', (event) => { if (sock === ws) receive(event.data); });
    sock.addEventListener('close', (event) => { if (sock === ws) closed(event.code); });
    // A host that does not welcome us in time (a hanging network) counts as lost too.
    clearTimeout(pongTimer);
    pongTimer = setTimeout(drop, PONG_WITHIN);
  }
  function raw(message) { ws.send(JSON.stringify(Object.assign({ v: 1 }, message))); }
  // A command of the team; false when there is no connection to carry it.
  function send(message) {
    if (!ws || !connected || ws.readyState !== WebSocket.OPEN) { announce(t('No connection: trying again…')); return false; }
    raw(message);
    return true;
  }
  function closed(why) {
    ws = null; connected = false;
    clearInterval(pingTimer); clearTimeout(pongTimer); pongTimer = 0;
    busy = false;
    if (!FINAL[why] && why !== REPLACED) {  // anything else may pass: try again, slower and slower
      status('offline');
      retryTimer = setTimeout(connect, retryDelay);
      retryDelay = Math.min(retryDelay * 2, RETRY_MOST);
      return;
    }
    stopped = true;
    status(null);
    if (why === 4001 && rejoined) {  // the host no longer knows this team: join afresh
      storage('del', tokenKey());
      show('join');
    } else if (why === REPLACED) {  // the same team opened elsewhere: do not fight over it
      problem('wait-problem', t('This team is now playing on another screen.'));
      $('play-here').hidden = false;
      show('wait');
    } else {
      if (why === 4003) storage('del', tokenKey());
      problem('join-problem', tf('The host refused: {reason}', { reason: t(FINAL[why]) }));
      show('join');
    }
  }
  // The connection is gone though the socket does not know it yet (a phone that slept).
  function drop() {
    const sock = ws;
    ws = null;
    if (sock) { try { sock.close(); } catch (e) { /* already closing */ } }
    closed(1006);
  }
  function probe() {
    if (!ws || !connected) return;
    raw({ type: 'ping' });
    if (!pongTimer) pongTimer = setTimeout(drop, PONG_WITHIN);
  }
  function status(kind) {
    const node = $('status');
    node.hidden = !kind;
    node.className = 'status ' + (kind === 'connected' ? 'up' : 'down');
    node.textContent = kind ? t({ connecting: 'Connecting…', offline: 'No connection: trying again…', connected: 'Connected' }[kind]) : '';
    document.body.classList.toggle('offline', kind === 'connecting' || kind === 'offline');
  }

  function receive(text) {
    let m;
    try { m = JSON.parse(text); } catch (e) { return; }
    if (m.type === 'welcome') welcome(m);
    else if (m.type === 'state') {
      if (m.round !== null && (!state || state.round !== m.round)) {  // a new round: old news goes
        problem('wait-problem', null);
        if (view === 'wait') announce(tf('Play round {n}', { n: m.round + 1 }));
      }
      state = m;
      if (view === 'wait') renderWait();
    }
    else if (m.type === 'pong') { clearTimeout(pongTimer); pongTimer = 0; }
    else if (m.type === 'case') onCase(m);
    else if (m.type === 'checkup') onCheckup(m);
    else if (m.type === 'ack') onAck(m);
    else if (m.type === 'refused') onRefused(m);
  }
  function welcome(m) {
    connected = true; retryDelay = RETRY_FIRST; joining = null;
    clearTimeout(pongTimer); pongTimer = 0;
    me = m.name;
    storage('set', tokenKey(), JSON.stringify({ team_id: m.team_id, secret: m.secret, name: m.name }));
    storage('set', 'mq|' + location.host + '|last', code);
    setUrl();
    status('connected');
    clearInterval(pingTimer);
    pingTimer = setInterval(probe, PING_EVERY);
    pending().forEach(raw);  // each kept verdict, until the host acknowledges it
    if (view === 'join') show('wait');
    else if (view !== 'wait' && openRound !== null) openCase(openRound);
  }

  // -- join ----------------------------------------------------------------------------------
  function submitJoin(event) {
    event.preventDefault();
    const typed = $('join-code').value.toUpperCase().replace(/[^A-Z0-9]/g, '');
    const team = $('join-team').value.replace(/\s+/g, ' ').trim();
    problem('join-problem', null);
    if (!typed) { problem('join-problem', t("The code is on the host's screen.")); $('join-code').focus(); return; }
    if (!team || team.length > 24) { problem('join-problem', t(FINAL[4002])); $('join-team').focus(); return; }
    code = typed;
    joining = { code: typed, team: team };
    stopped = false;
    connect();
  }
  function problem(id, text) { $(id).hidden = !text; $(id).textContent = text || ''; }

  // -- between rounds ------------------------------------------------------------------------
  function renderWait() {
    $('wait-title').textContent = tf('Connected as {team}', { team: me });
    const round = state ? state.round : null;
    const answered = state ? state.answered || [] : [];
    const sending = round !== null && pendingFor(round);
    const playable = round !== null && answered.indexOf(round) < 0 && !sending;
    $('play').hidden = !playable;
    $('play-label').textContent = tf('Play round {n}', { n: round + 1 });
    const note = !state ? '' : round === null ? t('Waiting for the host to start the first round.')
      : sending ? t('Sending your verdict…') : playable ? '' : t('Waiting for the next round');
    $('wait-note').hidden = !note;
    $('wait-note').textContent = note;
    const last = answered.length ? Math.max.apply(null, answered) : null;
    $('see-result').hidden = last === null;
    $('see-result').textContent = last === null ? '' : tf('Your result in round {n}', { n: last + 1 });
    const list = $('standings');
    list.textContent = '';
    const rows = ((state && state.standings) || []).slice().sort((a, b) => b.points - a.points);
    rows.forEach((row) => {
      const li = el('li', row.index === state.you ? 'me' : '');
      const who = el('span', 'who', row.connected ? row.team : tf('{team} (offline)', { team: row.team }));
      if (row.index === state.you) who.append(el('span', 'tag', t('Your team')));
      li.append(who, el('span', 'pts', number(row.points)));
      list.append(li);
    });
  }

  // -- the case ------------------------------------------------------------------------------
  function openCase(round) {
    openRound = round;
    if (send({ type: 'open', round: round, lang: lang })) busy = true;
  }
  function onCase(c) {
    busy = false;
    if (c.missing) { show('wait'); return; }
    if (c.round !== openRound && !pendingFor(c.round) && !c.debrief) return;  // an old reply
    const same = current && current.round === c.round;
    const before = same ? current.found.map((f) => f.handle) : null;
    const hintsBefore = same ? current.hints.length : c.hints.length;
    const wasDecided = current && current.round === c.round && current.debrief;
    current = c; openRound = c.round;
    if (c.debrief) {
      renderDebrief(c);
      if (view !== 'debrief') show('debrief');
      if (!wasDecided) announce(c.debrief.outcome_name + '. ' + t('Total') + ': ' + number(c.debrief.total));
      return;
    }
    keepingPlace(() => renderCase(c));
    if (view !== 'case' && view !== 'verdict') show('case');
    if (view === 'verdict') renderVerdictNotes();
    const fresh = before ? c.found.filter((f) => before.indexOf(f.handle) < 0) : [];
    if (c.notice) toast('warning', [noticeText(c.notice)]);
    else if (fresh.length) toast('pin', [t('New clue')].concat(fresh.map((f) => f.text)));
    else if (lastTool) toast('check', [t('Nothing notable found. Time well spent is part of the job: not every check finds something.')]);
    else if (c.hints.length > hintsBefore) announce(c.hints[c.hints.length - 1]);
    lastTool = null;
  }
  function noticeText(notice) {
    if (notice === 'no-time') {
      const tool = current.tools.find((x) => x.tool === lastTool);
      return tool ? tf('Not enough time: this tool needs {cost} min, {left} min left.', { cost: tool.cost, left: current.minutes_left })
        : t('Use a tool to look for clues. Each one costs minutes.');
    }
    return t(NOTICES[notice] || NOTICES.over);
  }
  // A reply redraws the case: the page must not jump, and the pressed button keeps the focus.
  function keepingPlace(render) {
    const focused = document.activeElement && document.activeElement.dataset.key;
    const y = window.scrollY;
    render();
    window.scrollTo(0, y);
    const again = focused && document.querySelector('[data-key="' + focused + '"]');
    if (again) again.focus({ preventScroll: true });
  }
  function renderCase(c) {
    $('case-title').textContent = tf('Round {n}', { n: c.round + 1 });
    $('time-text').textContent = tf('Time left: {left} of {total} min', { left: c.minutes_left, total: c.budget });
    $('time-bar').max = c.budget || 1;
    $('time-bar').value = c.minutes_left;
    $('time-bar').classList.toggle('low', c.minutes_left <= c.budget / 4);
    const key = JSON.stringify(c.item) + lang;
    if (key !== itemKey) { itemKey = key; renderItem(c.item); }
    renderTools(c);
    renderNotebook(c);
    fill('hints', c.hints);
    $('no-hint').hidden = c.hint_left;
    $('hint-cost').hidden = !c.hint_left;
    $('hint').setAttribute('aria-disabled', String(!c.hint_left));
  }
  function renderTools(c) {
    const list = $('tools');
    list.textContent = '';
    c.tools.forEach((tool) => {
      // Not `disabled`: a used tool keeps the focus, and a tap on it says why nothing happens.
      const cost = el('span', 'tool-cost', tool.used ? t('Used') : tf('{minutes} min', { minutes: tool.cost }));
      if (tool.used) cost.prepend(icon('check'));
      const b = button('tool' + (tool.used ? ' used' : ''), 'tool:' + tool.tool, tool.used || !tool.usable || c.decided,
        icon(tool.tool), el('span', 'tool-name', tool.name), el('span', 'visually-hidden', ' ' + tool.action + ' '), cost);
      b.dataset.tool = tool.tool;
      b.title = tool.action;
      list.appendChild(el('li')).append(b);
    });
  }
  function renderNotebook(c) {
    const list = $('clues');
    list.textContent = '';
    $('no-clues').hidden = c.found.length > 0;
    c.found.forEach((clue) => {
      const li = el('li', 'clue' + (clue.pinned ? ' pinned' : ''));
      const from = el('p', 'clue-tool');
      from.append(icon(clue.tool), el('span', '', (c.tools.find((x) => x.tool === clue.tool) || {}).name || ''));
      li.append(from, el('p', 'clue-text', clue.text));
      if (clue.image) li.append(picture(clue.image, clue.image_alt));
      const pin = button('pin', 'pin:' + clue.handle, c.decided, icon('pin'), el('span', '', t(clue.pinned ? 'Pinned' : 'Pin')));
      pin.dataset.clue = clue.handle;
      pin.setAttribute('aria-pressed', String(clue.pinned));
      li.append(pin);
      list.append(li);
    });
  }
  function useTool(event) {
    const b = event.target.closest('button[data-tool]');
    if (!b || !current) return;
    const tool = current.tools.find((x) => x.tool === b.dataset.tool);
    if (busy) return;
    lastTool = tool.tool;
    if (b.getAttribute('aria-disabled') === 'true') {  // say why, rather than do nothing
      toast('warning', [noticeText(current.decided ? 'over' : tool.used ? 'used' : 'no-time')]);
      lastTool = null;
      return;
    }
    hideToast();
    if (send({ type: 'tool', round: current.round, tool: tool.tool })) busy = true;
  }
  function togglePin(event) {
    const b = event.target.closest('button[data-clue]');
    if (!b || busy || b.getAttribute('aria-disabled') === 'true') return;
    if (send({ type: 'pin', round: current.round, clue: b.dataset.clue, on: b.getAttribute('aria-pressed') !== 'true' })) busy = true;
  }
  function takeHint() {
    if (busy || !current || $('hint').getAttribute('aria-disabled') === 'true') return;
    if (send({ type: 'hint', round: current.round })) busy = true;
  }

  // -- the item, as a card of its kind (quest/ui/cards.py) -------------------------------------
  function renderItem(item) {
    const card = $('item');
    card.className = 'card kind-' + item.kind;
    card.textContent = '';
    const add = (...nodes) => nodes.forEach((n) => n && card.append(n));
    const text = (cls, value) => (value ? el('p', cls, value) : null);
    const name = item.source.name || '';
    const when = moment(item.published);
    const handle = item.source.handle;
    add(text('kind', item.kind_name));
    const image = (item.image || item.image_alt) && picture(item.image, item.image_alt);
    const headline = item.headline && el('h2', 'headline', item.headline);
    if (item.kind === 'news_article') {
      if (item.source.url) { const bar = el('p', 'urlbar'); bar.append(icon('lock'), el('span', '', item.source.url)); add(bar); }
      add(el('p', 'masthead-name', name), text('meta', [when, item.byline].filter(Boolean).join(' · ')), headline);
      if (image) { const fig = el('figure'); fig.append(image); if (item.caption) fig.append(el('figcaption', '', item.caption)); add(fig); }
      add(text('body', item.body));
    } else if (item.kind === 'messenger') {
      add(el('p', 'sender', name), text('meta', handle));
      const bubble = el('div', 'bubble');
      if (item.forwarded) { const f = el('p', 'forwarded'); f.append(icon('forward'), el('span', '', t('Forwarded many times'))); bubble.append(f); }
      [headline, text('body', item.body), text('link', item.link), image, text('time', when)].forEach((n) => n && bubble.append(n));
      add(bubble);
    } else if (item.kind === 'photo' || item.kind === 'video_still') {
      if (image) {
        const fig = el('figure', 'still');
        fig.append(image);
        if (item.kind === 'video_still') { const play = el('span', 'play-overlay'); play.append(icon('play')); fig.append(play, el('span', 'video-bar')); }
        add(fig);
      }
      add(headline, text('caption', item.caption), text('body', item.body),
        text('meta', tf('Seen on: {where}', { where: [name, handle, when].filter(Boolean).join(' · ') })));
    } else if (item.kind === 'ad') {
      add(text('meta sponsor', tf('Sponsored · {sponsor}', { sponsor: handle ? name + ' ' + handle : name })), headline, image, text('body', item.body));
      if (item.cta) { const row = el('p', 'cta-row'); row.append(el('span', 'cta', item.cta)); add(row); }  // a label, never a link
      add(text('link', item.link));
    } else {  // social_post
      const head = el('div', 'poster');
      const avatar = el('span', 'avatar', initials(name));
      avatar.setAttribute('aria-hidden', 'true');
      avatar.dataset.colour = String(crc32(name) % AVATAR_COLOURS);
      const who = el('p', 'poster-name', name);
      if (item.source.verified) { const v = icon('verified'); v.classList.add('verified'); who.append(v, el('span', 'visually-hidden', ' ' + t('Verified account'))); }
      const names = el('div');
      names.append(who, text('meta', [handle, when].filter(Boolean).join(' · ')));
      head.append(avatar, names);
      add(head, headline, text('body', item.body), text('link', item.link), image);
    }
    const stats = item.stats || {};
    const counts = [['likes', 'Likes: {count}'], ['shares', item.kind === 'messenger' ? 'Forwards: {count}' : 'Shares: {count}'],
      ['comments', 'Comments: {count}'], ['views', 'Views: {count}']]
      .filter((pair) => stats[pair[0]] !== null && stats[pair[0]] !== undefined)
      .map((pair) => tf(pair[1], { count: compact(stats[pair[0]]) }));
    if (counts.length) {
      const ul = el('ul', 'counts');
      counts.forEach((c) => ul.append(el('li', '', c)));
      add(ul);
    }
  }
  function picture(src, alt) {
    const unavailable = () => el('p', 'no-picture', tf('Picture unavailable. It shows: {alt}', { alt: alt || '' }));
    if (!src) return unavailable();
    const img = el('img');
    img.alt = alt || '';
    img.decoding = 'async';
    img.addEventListener('error', () => img.replaceWith(unavailable()));
    img.src = src;
    return img;
  }
  function initials(name) {
    const first = name.replace(/@/g, ' ').split(/\s+/).filter((w) => w && (w[0].toLowerCase() !== w[0].toUpperCase() || /\d/.test(w[0])));
    return first.slice(0, 2).map((w) => w[0]).join('').toUpperCase() || '?';
  }
  // zlib's crc32 of the UTF-8 name: the same avatar colour as in the game.
  function crc32(text) {
    let crc = -1;
    new TextEncoder().encode(text).forEach((byte) => {
      crc ^= byte;
      for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xEDB88320 & -(crc & 1));
    });
    return (crc ^ -1) >>> 0;
  }

  // -- the verdict ---------------------------------------------------------------------------
  function openVerdict() {
    if (!current) return;
    if (current.debrief) { show('debrief'); return; }
    if (verdictRound !== current.round) { $('verdict-form').reset(); verdictRound = current.round; }
    problem('verdict-problem', pendingFor(current.round) ? t('Sending your verdict…') : null);
    renderVerdictNotes();
    show('verdict');
  }
  function renderVerdictNotes() {
    $('no-pins').hidden = !current || current.found.some((f) => f.pinned);
  }
  function confirmVerdict(event) {
    event.preventDefault();
    const form = $('verdict-form');
    const answer = form.elements.answer.value, confidence = form.elements.confidence.value;
    if (!answer || !confidence) { problem('verdict-problem', t('Choose an answer and how sure you are.')); return; }
    let p = pendingFor(current.round);
    if (!p) {  // once made, the same id is sent until the host acknowledges it
      const bytes = crypto.getRandomValues(new Uint8Array(16));
      const id = Array.from(bytes, (b) => (b < 16 ? '0' : '') + b.toString(16)).join('');
      p = { type: 'decide', round: current.round, verdict_id: id, answer: answer, confidence: confidence };  // kept as sent
      setPending(pending().concat([p]));
    }
    const sent = ws && connected && ws.readyState === WebSocket.OPEN;
    if (sent) raw(p);
    problem('verdict-problem', t(sent ? 'Sending your verdict…' : 'Your verdict will be sent as soon as the host can be reached.'));
  }
  function onAck(m) {
    setPending(pending().filter((p) => p.verdict_id !== m.verdict_id));
    if (view === 'wait') renderWait();
  }
  function onRefused(m) {
    const p = pending().find((x) => x.verdict_id === m.verdict_id);
    const said = t(REFUSALS[m.reason] || REFUSALS['']);
    if (m.reason === 'not-stored') {
      if (p) setTimeout(() => { if (connected) raw(p); }, RETRY_MOST);
    } else {
      setPending(pending().filter((x) => x.verdict_id !== m.verdict_id));
    }
    problem(view === 'verdict' ? 'verdict-problem' : 'wait-problem', said);
    announce(said);
    if (m.reason === 'already-answered' && p) openCase(p.round);  // its debrief is there
  }

  // -- the debrief ---------------------------------------------------------------------------
  function renderDebrief(c) {
    const d = c.debrief;
    const outcome = $('outcome');
    outcome.className = 'outcome ' + d.outcome;
    outcome.textContent = '';
    outcome.append(icon(OUTCOME_ICONS[d.outcome] || 'question'), el('span', '', d.outcome_name));
    $('total').textContent = number(d.total);
    const truth = $('truth');
    truth.className = 'truth v-' + d.truth;
    truth.textContent = '';
    const badge = el('span', 'badge');
    badge.append(icon(ANSWER_ICONS[d.truth] || 'question'));
    truth.append(badge, el('span', '', tf('It was: {answer}', { answer: d.truth_name })));
    $('said').textContent = tf('You said: {answer}, {confidence}.', { answer: d.answer_name, confidence: d.confidence_name.toLocaleLowerCase(lang) });
    const rows = $('points');
    rows.textContent = '';
    d.lines.filter((l) => l.points || l.rule === 'verdict').forEach((line) => {
      const tr = el('tr');
      const label = line.rule === 'time' ? tf('{name}: {minutes} min', { name: line.name, minutes: line.count })
        : line.count > 1 ? line.name + ' ×' + line.count : line.name;
      tr.append(el('th', '', label), el('td', line.points > 0 ? 'good' : line.points < 0 ? 'bad' : '', (line.points > 0 ? '+' : '') + number(line.points)));
      tr.firstChild.scope = 'row';
      rows.append(tr);
    });
    $('summary').textContent = d.summary || '';
    $('techniques').hidden = !d.techniques.length;
    $('techniques').textContent = tf('Technique: {names}', { names: d.techniques.join(', ') });
    $('lesson').textContent = d.lesson || '';
    fill('tips', d.tips, true);
    fill('keys', d.key_clues, true);
  }
  // A list of texts; the debrief's lists hide with their heading when empty.
  function fill(id, texts, hideEmpty) {
    const list = $(id);
    list.textContent = '';
    (texts || []).forEach((x) => list.append(el('li', '', x)));
    if (hideEmpty) list.hidden = $(id + '-title').hidden = !list.children.length;
  }

  // -- the page ------------------------------------------------------------------------------
  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }
  function button(cls, key, disabled, ...children) {
    const b = el('button', cls);
    b.type = 'button';
    b.dataset.key = key;  // finds it again after a redraw
    b.setAttribute('aria-disabled', String(Boolean(disabled)));
    b.append(...children);
    return b;
  }
  function icon(name) {
    const node = el('span', 'icon i-' + name);
    node.setAttribute('aria-hidden', 'true');
    return node;
  }
  function announce(text) {
    // Emptied first, so that the same words said twice are said again.
    const live = $('announce');
    live.textContent = '';
    setTimeout(() => { live.textContent = text; }, 50);
  }
  function toast(kind, lines) {
    const box = $('toast-text');
    box.textContent = '';
    box.className = 'toast-text ' + kind;
    lines.forEach((line, i) => box.append(el(i === 0 && lines.length > 1 ? 'strong' : 'p', '', line)));
    box.prepend(icon(kind));
    $('toast').hidden = false;
    announce(lines.join('. '));
    // It goes by itself (the notebook keeps every clue), unless the player is reading it.
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function fade() {
      if ($('toast').matches(':hover, :focus-within')) toastTimer = setTimeout(fade, TOAST_MS);
      else hideToast();
    }, TOAST_MS);
  }
  function hideToast() { $('toast').hidden = true; }
  function show(name) {
    const changed = view !== name;
    view = name;
    document.body.dataset.view = name;
    ['join', 'wait', 'case', 'verdict', 'debrief', 'checkup'].forEach((v) => { $('view-' + v).hidden = v !== name; });
    $('lang-menu').hidden = name === 'join';
    if (name === 'wait') renderWait();
    if (name !== 'case') hideToast();
    if (changed) {  // a new screen: start at its top, and tell screen readers where they are
      window.scrollTo(0, 0);
      const heading = $('view-' + name).querySelector('h1');
      heading.tabIndex = -1;
      if (document.body.classList.contains('loading')) return;
      heading.focus({ preventScroll: true });
    }
  }

  // -- the check-up: one headline at a time, never told which is genuine -----------------------
  let checkupItem = null, checkupReal = null;
  const RESULT_WORDS = { discernment: 'Headlines judged right', real_detected: 'Genuine headlines trusted',
    fake_detected: 'Fake headlines caught' };
  function openCheckup() {
    $('checkup-start').hidden = false; $('checkup-item').hidden = true; $('checkup-done').hidden = true;
    problem('checkup-problem', null);
    show('checkup');
  }
  function startCheckup(event) {
    const b = event.target.closest('button[data-phase]');
    if (!b) return;
    const student = $('checkup-student').value.replace(/\s+/g, ' ').trim();
    if (!student) { problem('checkup-problem', t('Type your name or your number in the class list.')); return; }
    send({ type: 'checkup', phase: b.dataset.phase, student: student, lang: lang });
  }
  function onCheckup(m) {
    if (m.unavailable) { problem('checkup-problem', t("The check-up's headlines cannot be read: run mil-quest check.")); return; }
    $('checkup-start').hidden = true;
    checkupItem = m.item; checkupReal = null;
    $('checkup-item').hidden = !m.item; $('checkup-done').hidden = !!m.item;
    if (m.item) {
      $('checkup-progress').textContent = tf('Headline {n} of {total}', { n: m.index + 1, total: m.total });
      $('checkup-headline').textContent = m.item.headline;
      $('checkup-source').textContent = m.item.source || '';
      $('checkup-source').hidden = !m.item.source;
      markCheckup();
      $('checkup-headline').focus({ preventScroll: true });
      return;
    }
    $('checkup-later').hidden = !(m.phase === 'pre');
    $('checkup-results').hidden = !m.results;
    const rows = $('checkup-rows');
    rows.textContent = '';
    (m.results || []).forEach((r) => {
      const tr = el('tr');
      [t(RESULT_WORDS[r.score]), r.before + ' / ' + r.most, r.after + ' / ' + r.most].forEach((text, i) => {
        const cell = el(i ? 'td' : 'th'); cell.textContent = text; tr.append(cell);
      });
      rows.append(tr);
    });
  }
  function markCheckup() {
    document.querySelectorAll('#checkup-item button[data-real]').forEach((b) =>
      b.setAttribute('aria-pressed', String(checkupReal !== null && String(checkupReal) === b.dataset.real)));
    document.querySelectorAll('#checkup-item button[data-confidence]').forEach((b) =>
      b.setAttribute('aria-disabled', String(checkupReal === null)));
  }
  function rateCheckup(event) {
    const real = event.target.closest('button[data-real]');
    if (real) { checkupReal = real.dataset.real === 'true'; markCheckup(); return; }
    const sure = event.target.closest('button[data-confidence]');
    if (!sure || checkupReal === null || !checkupItem) return;
    send({ type: 'rate', item: checkupItem.id, real: checkupReal, confidence: sure.dataset.confidence });
  }

  // Four names to pick from, drawn afresh for each phone so that teams seldom pick the same.
  function renderNames() {
    const box = $('names');
    box.textContent = '';
    const names = TEAM_NAMES.slice().sort(() => Math.random() - 0.5).slice(0, 4);
    names.forEach((name) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'secondary name';
      b.dataset.name = name;
      b.textContent = t(name);
      box.appendChild(b);
    });
  }

  function bind() {
    $('join-form').addEventListener('submit', submitJoin);
    $('to-checkup').addEventListener('click', openCheckup);
    $('checkup-start').addEventListener('click', startCheckup);
    $('checkup-item').addEventListener('click', rateCheckup);
    $('checkup-back').addEventListener('click', () => show('wait'));
    $('names').addEventListener('click', (event) => {
      const b = event.target.closest('button[data-name]');
      if (b) { $('join-team').value = t(b.dataset.name).slice(0, 24); $('join-team').focus(); }
    });
    document.querySelectorAll('button.lang').forEach((b) => b.addEventListener('click', () => setLanguage(b.dataset.lang)));
    $('play').addEventListener('click', () => { if (state && state.round !== null) openCase(state.round); });
    $('see-result').addEventListener('click', () => {
      const answered = (state && state.answered) || [];
      if (answered.length) openCase(Math.max.apply(null, answered));
    });
    $('play-here').addEventListener('click', () => {
      $('play-here').hidden = true; problem('wait-problem', null); stopped = false; connect();
    });
    $('tools').addEventListener('click', useTool);
    $('clues').addEventListener('click', togglePin);
    $('hint').addEventListener('click', takeHint);
    $('to-verdict').addEventListener('click', openVerdict);
    $('to-verdict-end').addEventListener('click', openVerdict);
    $('verdict-form').addEventListener('submit', confirmVerdict);
    $('verdict-back').addEventListener('click', () => show('case'));
    $('to-standings').addEventListener('click', () => show('wait'));
    $('toast-close').addEventListener('click', hideToast);
    // Back on the network, or back to the page after the phone slept: reconnect at once.
    const wake = () => { if (!stopped) { if (ws) probe(); else connect(); } };
    window.addEventListener('online', wake);
    window.addEventListener('offline', () => { if (ws) drop(); });  // nothing can pass now: say so at once
    document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') wake(); });
  }

  async function start() {
    bind();
    // Every icon is fetched now: one first shown after the network dropped would be missing.
    const icons = el('div', 'visually-hidden');
    icons.setAttribute('aria-hidden', 'true');
    ICONS.forEach((name) => icons.append(icon(name)));
    document.body.append(icons);
    renderNames();
    await loadWords(firstLanguage());
    code = (params.get('code') || storage('get', 'mq|' + location.host + '|last') || '').toUpperCase().replace(/[^A-Z0-9]/g, '');
    $('join-code').value = code;
    const saved = code && token();
    if (saved) { me = saved.name; show('wait'); connect(); } else show('join');
    document.body.classList.remove('loading');
  }
  start();
}());
