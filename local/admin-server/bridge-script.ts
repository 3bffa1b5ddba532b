/**
 * The browser side of the local bridge, served as `/__local/bridge.js` and loaded before the app's bundle.
 * `@forge/bridge` reads `globalThis.__bridge.callBridge(name, payload)` when its modules load; in Jira the host
 * page answers it, here this script does: `invoke` and `fetchProduct` (requestJira) go to the admin server,
 * `getContext` answers from the local context (`?colorMode=dark` in the page URL overrides the theme).
 * Anything else is refused with a clear message rather than left hanging.
 */
export const INVOKE_PATH = '/__local/invoke';
export const FETCH_PRODUCT_PATH = '/__local/fetch-product';
export const BRIDGE_SCRIPT_PATH = '/__local/bridge.js';

const browserCode = String.raw`
(function () {
  'use strict';
  var context = __CONTEXT__;
  var query = new URLSearchParams(window.location.search);
  var requestedMode = query.get('colorMode');
  // The issue panel is opened as /issue-panel/?issue=KEY: the issue Jira would put into its context.
  var issueKey = query.get('issue');
  if (issueKey) {
    context = Object.assign({}, context, { extension: Object.assign({}, context.extension, { issue: { key: issueKey } }) });
  }
  if (requestedMode === 'light' || requestedMode === 'dark' || requestedMode === 'auto') {
    context = Object.assign({}, context, { theme: Object.assign({}, context.theme, { colorMode: requestedMode }) });
  }

  function post(path, body) {
    return fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }).then(function (response) {
      return response.text().then(function (text) {
        var answer = text === '' ? null : JSON.parse(text);
        if (!response.ok) {
          var reason = answer && answer.error && answer.error.message;
          throw new Error(reason || 'The local admin server answered ' + response.status + ' to ' + path);
        }
        return answer;
      });
    });
  }

  var handlers = {
    invoke: function (request) {
      var payload = request && request.payload !== undefined ? request.payload : {};
      return post('__INVOKE_PATH__', { functionKey: request.functionKey, payload: payload, issueKey: issueKey }).then(function (answer) {
        return answer.result;
      });
    },
    getContext: function () {
      return Promise.resolve(JSON.parse(JSON.stringify(context)));
    },
    fetchProduct: function (request) {
      return post('__FETCH_PRODUCT_PATH__', request);
    },
    enableTheming: function () {
      return Promise.resolve();
    },
  };

  globalThis.__bridge = {
    callBridge: function (name, payload) {
      var handler = handlers[name];
      if (!handler) {
        return Promise.reject(
          new Error('The local bridge does not offer "' + name + '"; outside Jira only ' + Object.keys(handlers).join(', ') + ' work.'),
        );
      }
      return handler(payload);
    },
  };
})();
`;

/** The script text; the context is embedded as JSON (this is an external file, so no HTML escaping applies). */
export function renderBridgeScript(context: Record<string, unknown>, invokePath = INVOKE_PATH): string {
  // Replacer functions, because a replacement string would treat `$&` or `$'` inside the JSON as patterns.
  return browserCode
    .replace('__CONTEXT__', () => JSON.stringify(context))
    .replace('__INVOKE_PATH__', () => invokePath)
    .replace('__FETCH_PRODUCT_PATH__', () => FETCH_PRODUCT_PATH);
}
