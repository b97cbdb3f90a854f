/**
 * Area under the ROC curve: the chance that a right answer, drawn at random, was given a higher
 * predicted probability than a wrong one (ties count half). 0.5 is no better than chance.
 */
export function areaUnderCurve(predictions: readonly number[], outcomes: readonly boolean[]): number {
  if (predictions.length !== outcomes.length) throw new Error(`${predictions.length} predictions for ${outcomes.length} outcomes`);
  const order = predictions.map((_, i) => i).sort((a, b) => predictions[a]! - predictions[b]!);
  let positives = 0;
  let rankSum = 0;
  // Ranks from 1, tied predictions sharing their mean rank (Mann–Whitney U).
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && predictions[order[j + 1]!] === predictions[order[i]!]) j++;
    const meanRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (outcomes[order[k]!]) {
        positives++;
        rankSum += meanRank;
      }
    }
    i = j + 1;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) throw new Error('the AUC needs both right and wrong answers');
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
