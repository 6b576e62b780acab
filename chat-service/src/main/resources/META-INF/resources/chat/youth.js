import { createOnce } from '/socialkontakt/create-once.js';
import { offerNeutralTitle, offerQuickExit } from './discretion.js';
import { readTexts } from './texts.js';
import { YouthConversation } from './youth-conversation.js';

/**
 * The youth page's chat, on top of the server-rendered page (which works without it): before chatting, starting,
 * and picking up the conversation of this tab again after a reload. The conversation's id and secret live only in
 * this tab's session storage.
 */
const CONVERSATION = 'socialkontakt.chat.conversation';
const BROWSER_KEY = 'socialkontakt.chat.browser-key';
const $ = (id) => document.getElementById(id);
const chat = $('chat');
const t = readTexts($('texts'));
let conversation = null;

chat.hidden = false;
offerNeutralTitle($('neutral-title'), t('neutral-title'));
offerQuickExit($('quick-exit'), () => conversation?.disconnect());
$('try-again').addEventListener('click', offerStart);
$('start').addEventListener('submit', start);

const saved = practiceFromLink() ?? JSON.parse(sessionStorage.getItem(CONVERSATION));
if (saved) {
  open(saved);
} else if (chat.dataset.state === 'OPEN') {
  offerStart();
}

/**
 * A counsellor's practice chat arrives as #practice=<id>.<token>: kept like any conversation, and taken out of the
 * address at once so it stays in no history.
 */
function practiceFromLink() {
  const link = /^#practice=([0-9a-fA-F-]{36})\.([\w-]+)$/.exec(location.hash);
  if (!link) {
    return null;
  }
  history.replaceState(null, '', location.pathname + location.search);
  const practice = { id: link[1], token: link[2] };
  sessionStorage.setItem(CONVERSATION, JSON.stringify(practice));
  return practice;
}

/** The start form, unless nobody is there to answer: then, honestly, the alternatives instead. */
async function offerStart() {
  const status = await fetch('/api/queue/status').then((r) => (r.ok ? r.json() : null)).catch(() => null);
  if (status?.counsellorsOnline === 0) {
    showAlternatives(true, true);
    return;
  }
  showAlternatives(false);
  if (status) {
    $('all-busy').hidden = status.counsellorsFree > 0;
    $('queue-now-waiting').textContent = String(status.waiting);
    const estimate = status.estimatedWaitMinutes;
    $('queue-now-wait-label').hidden = $('queue-now-wait').hidden = estimate == null;
    $('queue-now-wait').textContent = `${estimate} ${t('minutes')}`;
    $('queue-now').hidden = false;
  }
  $('start').hidden = false;
}

function showAlternatives(shown, offerRetry = false) {
  $('no-counsellor').hidden = !shown;
  $('try-again').hidden = !offerRetry;
  if (shown && offerRetry) {
    $('start').hidden = true;
  }
}

async function start(event) {
  event.preventDefault();
  const form = new FormData(event.target);
  const button = $('start-button');
  button.disabled = true;
  $('start-error').textContent = '';
  try {
    const response = await createOnce()('/api/conversations', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ageBand: form.get('ageBand'), topic: form.get('topic') || null, browserKey: browserKey() }),
    });
    if (response.status === 201) {
      const { id, token } = await response.json();
      sessionStorage.setItem(CONVERSATION, JSON.stringify({ id, token }));
      open({ id, token });
    } else {
      await refused(response);
    }
  } catch {
    $('start-error').textContent = t('something-went-wrong');
  } finally {
    button.disabled = false;
  }
}

/**
 * A random key this browser keeps between chats, by which a counsellor's block recognises this browser and nobody
 * else behind the same address. It says nothing about the young person; quick exit forgets it with everything else.
 */
function browserKey() {
  let key = localStorage.getItem(BROWSER_KEY);
  if (!key) {
    const bytes = crypto.getRandomValues(new Uint8Array(24));
    key = btoa(String.fromCharCode(...bytes)).replaceAll('+', '-').replaceAll('/', '_').replaceAll('=', '');
    localStorage.setItem(BROWSER_KEY, key);
  }
  return key;
}

async function refused(response) {
  const problem = await response.json().catch(() => ({}));
  if (response.status === 409 && problem.state === 'NO_COUNSELLOR') {
    showAlternatives(true, true);
  } else if (response.status === 409) {
    $('start-error').textContent = t('start-closed');
  } else {
    $('start-error').textContent = t(response.status === 403 ? 'start-blocked' : 'something-went-wrong');
  }
}

function open(saved) {
  showAlternatives(false);
  conversation = new YouthConversation(saved, t, (shown) => showAlternatives(shown));
}
