// The in-page half of `npm run bench:ui`, installed with page.addInitScript before the app's
// own scripts run. It is plain JavaScript in a string: functions passed to Playwright are
// serialised with their source, and a transpiler's helpers would not exist in the page.
//
// window.__bench records, in the page's own clock (performance.now(), 0 = navigation start):
// - longtasks: main-thread tasks over 50 ms (PerformanceObserver 'longtask', buffered);
// - sent / received: every message to and from the engine's Worker (Worker is wrapped), with
//   the id, the type and, for drawings, `refining`, `skipped` and `layout.millis` (other
//   workers' messages go to `other`);
// - log: every change of the graph container's state (`data-graph-state`, `data-graph-nodes`,
//   `data-graph-renderer`, or the "not drawn" message), each with `painted`: the time just
//   after the next frame (requestAnimationFrame, then a MessageChannel task);
// - keys: keydown times (event.timeStamp, the time the input event was created);
// - actives: times the current step's mark (`data-active`) changed in the graph.
// It offers waitDrawn / settle / frame recording, each resolving with plain data.

export const PROBE_SCRIPT = `
(() => {
  if (window.__bench) return;
  const B = (window.__bench = {
    longtasks: [], log: [], sent: [], received: [], other: [], keys: [], actives: [],
    longtaskSupported: false, workerWrapped: false,
  });
  const now = () => performance.now();
  const afterPaint = (f) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => f(now());
      ch.port2.postMessage(0);
    });
  B.afterPaint = () => new Promise((resolve) => afterPaint(resolve));

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    B.longtaskSupported = true;
  } catch (e) {
    B.longtaskError = String(e);
  }

  const NativeWorker = window.Worker;
  if (NativeWorker) {
    class BenchWorker extends NativeWorker {
      constructor(...args) {
        super(...args);
        // The engine's worker is named 'engine' (or is the one sent 'analyze' requests); the
        // messages of other workers (the lab's) are kept apart.
        const opts = args[1];
        this.__benchEngine = !!(opts && opts.name === 'engine');
        this.addEventListener('message', (event) => {
          const rec = { t: now(), id: null, type: null };
          try {
            const d = event.data;
            rec.id = d && typeof d.id === 'number' ? d.id : null;
            rec.type = d && typeof d.type === 'string' ? d.type : null;
            const dr = d && d.drawing;
            if (dr) {
              rec.refining = dr.refining;
              if (typeof dr.skipped === 'string') rec.skipped = dr.skipped;
              const lay = dr.layout;
              if (lay) {
                if (typeof lay.millis === 'number') rec.layoutMillis = lay.millis;
                if (typeof lay.quality === 'string') rec.quality = lay.quality;
                if (typeof lay.algorithm === 'string') rec.algorithm = lay.algorithm;
              }
            }
          } catch (e) {
            rec.error = String(e);
          }
          // The engine's notices (ready, holding, progress) are not answers: kept apart.
          const notice = rec.type === 'ready' || rec.type === 'holding' || rec.type === 'progress';
          (this.__benchEngine ? (notice ? B.other : B.received) : B.other).push(rec);
          check();
        });
      }
      postMessage(message, ...rest) {
        if (message && message.type === 'analyze') this.__benchEngine = true;
        const request = message && message.type === 'analyze';
        (this.__benchEngine && request ? B.sent : B.other).push({
          t: now(),
          id: message && typeof message.id === 'number' ? message.id : null,
          type: message && typeof message.type === 'string' ? message.type : null,
        });
        return super.postMessage(message, ...rest);
      }
    }
    window.Worker = BenchWorker;
    B.workerWrapped = true;
  }

  document.addEventListener('keydown', (e) => B.keys.push({ t: e.timeStamp, at: now(), key: e.key }), true);

  let last = '';
  const snapshot = () => {
    const v = document.querySelector('.graph-view');
    const skipped = document.querySelector('.graph-skipped');
    const status = document.querySelector('[role="status"]');
    return {
      state: v ? v.getAttribute('data-graph-state') : null,
      nodes: v && v.hasAttribute('data-graph-nodes') ? Number(v.getAttribute('data-graph-nodes')) : null,
      renderer: v ? v.getAttribute('data-graph-renderer') : null,
      skipped: skipped ? skipped.textContent : null,
      status: status ? status.textContent : null,
    };
  };
  B.snapshot = snapshot;
  const record = () => {
    const s = snapshot();
    const key = JSON.stringify(s);
    if (key === last) return;
    last = key;
    const entry = Object.assign({ t: now(), painted: null }, s);
    B.log.push(entry);
    afterPaint((t) => {
      entry.painted = t;
      check();
    });
    check();
  };
  const observer = new MutationObserver((records) => {
    for (const r of records)
      if (r.type === 'attributes' && r.attributeName === 'data-active') {
        B.actives.push(now());
        break;
      }
    record();
  });
  const start = () => {
    observer.observe(document.documentElement, {
      subtree: true, childList: true, characterData: true, attributes: true,
      attributeFilter: ['data-graph-state', 'data-graph-nodes', 'data-graph-renderer', 'data-active'],
    });
    record();
  };
  if (document.documentElement) start();
  else document.addEventListener('DOMContentLoaded', start);

  // Waiters: resolve when the log shows the wanted drawing painted, or the "not drawn" message.
  const waiters = new Set();
  function check() {
    for (const w of [...waiters]) w();
  }
  /**
   * The first drawing, after page time 'since', that is ready with 'expect' nodes (any count
   * when expect is null), once painted. Ends otherwise, 1 s after the engine answered the newest
   * request sent since 'since', when the page then shows the "not drawn" message ('skipped') or
   * a ready drawing of another size ('wrong-count'); on a restart or failure in the status line
   * ('engine-status'); or at the timeout ('timeout'). Times are page times.
   */
  B.waitDrawn = (expect, since, timeoutMs) =>
    new Promise((resolve) => {
      const begun = now();
      let timer = 0;
      let ticker = 0;
      const newest = () => {
        const sent = B.sent.filter((m) => m.t >= since && m.type !== null);
        const lastSent = sent.length ? sent[sent.length - 1] : null;
        const answer = lastSent
          ? B.received.find((m) => m.id === lastSent.id && m.type !== 'drawing') || null
          : null;
        return { sent, lastSent, answer };
      };
      const finish = (outcome, entry) => {
        waiters.delete(w);
        clearTimeout(timer);
        clearInterval(ticker);
        const { sent, lastSent, answer } = newest();
        resolve({
          outcome,
          readyAt: entry ? entry.t : null,
          paintedAt: entry ? entry.painted : null,
          firstSentAt: sent.length ? sent[0].t : null,
          lastSentAt: lastSent ? lastSent.t : null,
          requests: sent.length,
          answeredAt: answer ? answer.t : null,
          answer,
          snapshot: snapshot(),
          waited: now() - begun,
        });
      };
      const w = () => {
        for (const e of B.log) {
          if (e.t < since) continue;
          if (e.state === 'ready' && (expect === null || e.nodes === expect)) {
            if (e.painted !== null) finish('drawn', e);
            return;
          }
        }
        const s = snapshot();
        if (s.status && /restart|stopped|fail/i.test(s.status) && B.log.some((e) => e.t >= since && e.status === s.status)) {
          finish('engine-status', null);
          return;
        }
        const { answer } = newest();
        if (!answer || now() - answer.t < 1000) return;
        const shown = B.log.filter((e) => e.t >= answer.t && e.painted !== null).pop();
        const entry = shown || { t: answer.t, painted: answer.t };
        if (s.skipped && !s.state) finish('skipped', entry);
        else if (s.state === 'ready') finish('wrong-count', entry);
        else if (answer.type !== 'analysis') finish('answer-' + answer.type, entry);
      };
      timer = setTimeout(() => finish('timeout', null), timeoutMs);
      ticker = setInterval(w, 100);
      waiters.add(w);
      w();
    });

  /**
   * Waits until no refined layout is due: the newest answer since 'since' says refining is
   * false, or a 'drawing' message for its id has come and been painted; or 'quietMs' without
   * any engine message when the answers do not say. Resolves { refined, at, layoutMillis }.
   */
  B.settle = (since, timeoutMs, quietMs) =>
    new Promise((resolve) => {
      const begun = now();
      const tick = () => {
        const answers = B.received.filter((m) => m.t >= since);
        const main = answers.filter((m) => m.type !== 'drawing').pop();
        const refined = main ? answers.find((m) => m.type === 'drawing' && m.id === main.id && m.t >= main.t) : null;
        const lastMessage = answers.length ? answers[answers.length - 1].t : since;
        let done = false;
        if (main && main.refining === false) done = true;
        else if (refined) done = now() - refined.t > 50;
        else if (main && main.refining === undefined) done = now() - lastMessage > quietMs;
        if (done || now() - begun > timeoutMs) {
          afterPaint((t) => afterPaint(() => resolve({
            refined: refined ? { at: refined.t, layoutMillis: refined.layoutMillis, quality: refined.quality } : null,
            timedOut: !done,
            at: t,
          })));
          return;
        }
        setTimeout(tick, 25);
      };
      tick();
    });

  let frames = null;
  B.startFrames = () => {
    frames = [];
    const loop = (t) => {
      if (!frames) return;
      frames.push(t);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  };
  B.stopFrames = () => {
    const f = frames || [];
    frames = null;
    const intervals = [];
    for (let i = 1; i < f.length; i++) intervals.push(f[i] - f[i - 1]);
    return intervals;
  };
  B.longestTask = (from, to) => {
    let longest = 0;
    let count = 0;
    for (const e of B.longtasks)
      if (e.start + e.duration >= from && e.start <= to) {
        count++;
        longest = Math.max(longest, e.duration);
      }
    return { longest, count };
  };
})();
`;
