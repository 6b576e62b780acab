import { signIn } from '/socialkontakt/staff-login.js';
import { callApi } from './console-api.js';
import { Conversations } from './console-conversations.js';
import { BlocksView } from './console-blocks.js';
import { AlertsView, QueueView } from './console-queue.js';
import { ReconnectingSocket, socketUrl } from './socket.js';
import { readTexts } from './texts.js';

/**
 * The counsellors' and supervisors' console (docs/chat-protocol.md, /ws/console): sign in, then the queue, several
 * conversations at once, and for supervisors the alerts. The socket is renewed with a fresh token before the old one
 * expires.
 */
const RENEW_CHECK_MS = 15000;
const $ = (id) => document.getElementById(id);
const t = readTexts($('texts'));
const root = $('console');
const status = (text) => {
  $('connection').textContent = text;
};

const session = await signIn(root.dataset);
$('user').textContent = session.user;
$('user-line').hidden = false;
$('logout').addEventListener('click', () => session.logout());

if (session.hasRole('counsellor') || session.hasRole('supervisor')) {
  await open();
} else {
  status(t('no-access'));
}

async function open() {
  root.hidden = false;
  status(t('connecting'));
  const canned = await callApi(session, '/api/canned-responses').catch(() => []);
  const send = (frame) => socket.send(frame);
  const conversations = new Conversations(t, { send, session, canned });
  const queue = new QueueView(t, (conversationId) => send({ type: 'accept', conversationId }));
  const alerts = new AlertsView(t, (conversationId, silent) => send({ type: 'join', conversationId, silent }));
  const blocks = new BlocksView(t, session);
  let places = Infinity;
  const updateTakeNext = () => {
    $('take-next').disabled = conversations.underWay >= places;
  };

  const socket = new ReconnectingSocket({
    url: socketUrl('/ws/console'),
    // Browsers cannot set headers on a WebSocket: Quarkus takes the token from this subprotocol.
    protocols: async () => ['bearer-token-carrier',
      encodeURIComponent(`quarkus-http-upgrade#Authorization#Bearer ${await session.token()}`)],
    onFrame: receive,
    onDown: () => status(t('reconnecting')),
  });
  setInterval(async () => {
    if (session.expiresSoon()) {
      await session.token();
      socket.renew();
    }
  }, RENEW_CHECK_MS);

  $('available').addEventListener('change', (event) => send({ type: 'availability', available: event.target.checked }));
  $('take-next').addEventListener('click', () => send({ type: 'accept' }));
  $('practice').addEventListener('click', () => startPractice(send));

  function receive(frame) {
    switch (frame.type) {
      case 'welcome':
        status(t('connected'));
        places = frame.maxConversations;
        if (frame.roles.includes('supervisor')) {
          alerts.show();
          blocks.show();
        }
        // Every connection starts afresh on the server: say again whether I take conversations, and follow mine:
        // those this tab shows and those the server says I hold (after the browser was closed, this tab knows none).
        send({ type: 'availability', available: $('available').checked });
        conversations.toResume(frame.held).forEach(({ conversationId, lastSeq }) =>
          send({ type: 'resume', conversationId, lastSeq }));
        break;
      case 'queue':
        queue.render(frame);
        break;
      case 'assigned':
        $('queue-error').textContent = '';
        conversations.assigned(frame);
        break;
      case 'released':
        conversations.released(frame.conversationId, frame.to);
        break;
      case 'alert':
        alerts.add(frame);
        break;
      case 'error':
        if (!conversations.route(frame)) {
          $('queue-error').textContent = t(`error-${frame.code}`);
        }
        break;
      default:
        conversations.route(frame);
    }
    updateTakeNext();
  }
}

/**
 * A practice chat: the youth page opens in a new tab with the chat's key in the address fragment (which never reaches
 * a server), and this console takes it at once.
 */
async function startPractice(send) {
  // Opened within the click, before anything is awaited, so that no pop-up blocker stops it.
  const tab = window.open('', '_blank');
  try {
    const practice = { ageBand: 'UNDISCLOSED', topic: null };
    const { id, token } = await callApi(session, '/api/practice-conversations', practice);
    const url = `/?lang=${document.documentElement.lang}#practice=${id}.${token}`;
    if (tab) {
      tab.opener = null;
      tab.location.href = url;
    }
    $('practice-link').href = url;
    $('practice-again').hidden = false;
    $('practice-status').textContent = t('practice-opened');
    send({ type: 'accept', conversationId: id });
  } catch {
    tab?.close();
    $('practice-status').textContent = t('something-went-wrong');
  }
}
