/*
 * jekyll4j live reload client. Speaks the LiveReload protocol (official-7) to the dev server at
 * /livereload on the host that served this script, plus jekyll4j's overlay commands for build
 * errors. Reloads the page when the server says it changed, swaps stylesheets in place, and
 * reconnects (then reloads) when the server comes back after a restart.
 */
(function () {
  'use strict';
  if (window.__jekyll4jLiveReload) {
    return;
  }
  window.__jekyll4jLiveReload = true;

  var OFFICIAL = 'http://livereload.com/protocols/official-7';
  var OVERLAY = 'http://jekyll4j.io/protocols/overlay-1';
  var OVERLAY_ID = 'jekyll4j-error-overlay';
  var script = document.currentScript;
  var origin = script && script.src ? new URL(script.src, location.href) : location;
  var socketUrl = (origin.protocol === 'https:' ? 'wss://' : 'ws://') + origin.host + '/livereload';
  var wasConnected = false;
  var retryDelay = 200;

  function connect() {
    var ws;
    try {
      ws = new WebSocket(socketUrl);
    } catch (e) {
      retry();
      return;
    }
    ws.onopen = function () {
      ws.send(JSON.stringify({ command: 'hello', protocols: [OFFICIAL, OVERLAY] }));
    };
    ws.onmessage = function (event) {
      var message;
      try {
        message = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      handle(ws, message);
    };
    ws.onclose = function () {
      retry();
    };
  }

  function retry() {
    setTimeout(connect, retryDelay);
    retryDelay = Math.min(retryDelay * 2, 2000);
  }

  function handle(ws, message) {
    switch (message.command) {
      case 'hello':
        if (wasConnected) {
          location.reload();
          return;
        }
        wasConnected = true;
        retryDelay = 200;
        ws.send(JSON.stringify({ command: 'info', plugins: {}, url: location.href }));
        break;
      case 'reload':
        reload(message);
        break;
      case 'jekyll4j-error':
        showOverlay(message);
        break;
      case 'jekyll4j-ok':
        hideOverlay();
        break;
      default:
        break;
    }
  }

  function reload(message) {
    var path = String(message.path || '');
    if (message.liveCSS !== false && /\.css(\?.*)?$/i.test(path)) {
      swapStylesheets(path.replace(/\?.*$/, ''));
      return;
    }
    location.reload();
  }

  function swapStylesheets(path) {
    var links = Array.prototype.slice.call(document.querySelectorAll('link[rel~="stylesheet"]'));
    var matching = links.filter(function (link) {
      try {
        return new URL(link.href, location.href).pathname === path;
      } catch (e) {
        return false;
      }
    });
    (matching.length ? matching : links).forEach(swap);
  }

  function swap(link) {
    var url = new URL(link.href, location.href);
    url.searchParams.set('livereload', String(Date.now()));
    var fresh = link.cloneNode(false);
    fresh.href = url.toString();
    var done = false;
    var finish = function () {
      if (!done) {
        done = true;
        if (link.parentNode) {
          link.parentNode.removeChild(link);
        }
      }
    };
    fresh.onload = finish;
    fresh.onerror = finish;
    link.parentNode.insertBefore(fresh, link.nextSibling);
    setTimeout(finish, 2000);
  }

  function showOverlay(message) {
    hideOverlay();
    var box = document.createElement('div');
    box.id = OVERLAY_ID;
    box.setAttribute('role', 'alert');
    box.style.cssText = 'position:fixed;left:0;right:0;top:0;z-index:2147483647;margin:0;' +
      'padding:16px 20px;background:#2b0d0d;color:#ffd7d7;border-bottom:3px solid #e5484d;' +
      'font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:pre-wrap;' +
      'max-height:60vh;overflow:auto;box-shadow:0 4px 20px rgba(0,0,0,.4)';
    var title = document.createElement('div');
    title.style.cssText = 'font-weight:bold;color:#ff9b9b;margin-bottom:6px';
    title.textContent = 'Build failed' + (message.location ? ' in ' + message.location : '');
    var text = document.createElement('div');
    text.className = 'jekyll4j-error-message';
    text.textContent = (message.location ? message.location + ': ' : '') + (message.message || '');
    var hint = document.createElement('div');
    hint.style.cssText = 'opacity:.7;margin-top:8px';
    hint.textContent = 'Still serving the last good build. Fix the file and save; this goes away.';
    box.appendChild(title);
    box.appendChild(text);
    box.appendChild(hint);
    (document.body || document.documentElement).appendChild(box);
  }

  function hideOverlay() {
    var old = document.getElementById(OVERLAY_ID);
    if (old && old.parentNode) {
      old.parentNode.removeChild(old);
    }
  }

  connect();
})();
