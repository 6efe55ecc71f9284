/**
 * Whether a personal row is this person's. A device can hold other people's rows: an
 * ambassador's phone pulls colleagues' attempts shared for review (and the reviews of them).
 * A row with no owner yet was written on this device before the server filled it in.
 */
export function isOwnRow(row: object, userId: string | null): boolean {
  // Community rows name their owner author_id (posts, comments) or reporter_id (reports).
  const { user_id, author_id, reporter_id } = row as Record<string, string | null | undefined>
  const owner = user_id ?? author_id ?? reporter_id
  return !owner || owner === userId
}

/** An ambassador's review is the learner's data and the reviewer's own work: both may see it. */
export function isOwnReview(
  review: { learner_id?: string | null; reviewer_id?: string | null },
  userId: string | null,
): boolean {
  return userId !== null && (review.learner_id === userId || review.reviewer_id === userId)
}
