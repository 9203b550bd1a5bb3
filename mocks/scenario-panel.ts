import type { ServerResponse } from 'node:http';
import { isScenario, SCENARIOS, type ScenarioName } from './scenarios.ts';

/**
 * A tiny dev panel: `/__mock/scenario` lists the network faults, `/__mock/scenario/<name>` turns
 * one on for this browser (a cookie, so parallel browser tests do not see each other's faults)
 * and `/__mock/scenario/none` turns it off.
 */
export const SCENARIO_COOKIE = 'gazette-mock-scenario';

export const scenarioOf = (cookieHeader: string | undefined): ScenarioName | null => {
  const match = new RegExp(`(?:^|;\\s*)${SCENARIO_COOKIE}=([\\w-]+)`).exec(cookieHeader ?? '');
  return match?.[1] && isScenario(match[1]) ? match[1] : null;
};

const page = () => `<!doctype html><html lang="en"><meta charset="utf-8"><title>Mock scenarios · Gazette</title>
<body style="font:16px system-ui;max-width:40rem;margin:2rem auto"><h1>Mock network scenarios</h1><ul>
${Object.entries(SCENARIOS)
  .map(([name, text]) => `<li><a href="/__mock/scenario/${name}">${name}</a>: ${text}</li>`)
  .join('\n')}
<li><a href="/__mock/scenario/none">none</a>: normal answers</li></ul></body></html>`;

export const scenarioPanel = (name: string, res: ServerResponse) => {
  if (name === '') {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(page());
    return;
  }
  const value = isScenario(name) ? name : '';
  res.statusCode = 302;
  res.setHeader('Set-Cookie', `${SCENARIO_COOKIE}=${value}; Path=/; SameSite=Lax${value ? '' : '; Max-Age=0'}`);
  res.setHeader('Location', '/');
  res.end();
};
