/**
 * `npm run bench`: every benchmark of the centre, one after the other, each printing its figures
 * and whether its goal is met. The machine is shared: read ratios measured in one run.
 */
import { runScreenBenches } from './screen/run';

const only = process.argv[2];
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
if (!only || only === 'screen') {
  console.log('\n# Screen: frame cost and round churn');
  await runScreenBenches();
}
