/**
 * `npm run bench [rounds|server|mastery|educator|dashboard|screen|xapi|xapi-forward|rooms] [--soak]`: every benchmark of the centre, or one section, each
 * printing its figures and whether its goal is met. The machine is shared: read ratios measured
 * in one run, and the load printed at the start. `--soak` makes the rooms section a 10-minute soak.
 */
import { loadavg } from 'node:os';
import { headlessRounds } from './rounds/headless-rounds';
import { runScreenBenches } from './screen/run';

const only = process.argv.slice(2).find((argument) => !argument.startsWith('--'));
const sections = ['rounds', 'server', 'mastery', 'educator', 'dashboard', 'screen', 'xapi', 'xapi-forward', 'rooms'];
if (only && !sections.includes(only)) {
  console.error(`unknown bench section "${only}": use one of ${sections.join(', ')}, or none for all`);
  process.exit(1);
}
console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(', ')} on this machine as the bench starts`);
if (!only || only === 'rounds') {
  console.log('\n# Rules: headless rounds');
  await headlessRounds();
}
if (!only || only === 'server') {
  console.log('\n# Server: evidence throughput');
  await import('./server/evidence-throughput');
  console.log('\n# Server: leaderboard queries');
  await import('./server/leaderboard-query');
}
if (!only || only === 'mastery') await (await import('./mastery/run')).runMasteryBenches();
if (!only || only === 'educator') {
  console.log('\n# Educator: heatmap');
  await (await import('./educator/heatmap')).heatmapBench();
}
if (!only || only === 'dashboard') {
  console.log('\n# Educator dashboard: first page');
  await (await import('./dashboard/first-page')).dashboardFirstPageBench();
}
if (!only || only === 'xapi') {
  console.log('\n# xAPI: statements generated from stored rounds');
  await (await import('./xapi/statement-generation')).statementGenerationBench();
}
if (!only || only === 'xapi-forward') {
  console.log('\n# xAPI: forwarding to a real LRS on loopback');
  await (await import('./xapi/forward-throughput')).forwardThroughputBench();
}
if (!only || only === 'screen') {
  console.log('\n# Screen: cold start, JavaScript size, frame cost and round churn');
  await runScreenBenches();
}
if (!only || only === 'rooms') {
  console.log('\n# Rooms: phone → screen relay against a raw ws echo server');
  await (await import('./rooms/rooms-bench')).roomsBench({ soak: process.argv.includes('--soak') });
}
