/** The mastery benches (`npm run bench mastery`), each printing its figures against its goal. */
export async function runMasteryBenches(): Promise<void> {
  console.log('\n# Mastery: simulated students');
  await import('./simulated');
  console.log('\n# Mastery: ingest with mastery in the round transaction');
  await import('./ingest');
  console.log('\n# Mastery: the nightly fit over 1,000,000 evidence rows');
  await import('./fit');
}
