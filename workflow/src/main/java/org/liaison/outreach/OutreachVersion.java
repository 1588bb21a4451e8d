package org.liaison.outreach;

import java.time.Instant;

/**
 * One version of a case's outreach as it went to review, and what the reviewer decided about it: the
 * case page lists them, so a draft sent back and the comment that sent it back stay readable.
 *
 * @param number 1 for the first draft, one more for each rework
 * @param draftedBy who submitted it; null for a draft submitted before versions were kept
 * @param approved null while it waits for review; false when it was sent back
 */
public record OutreachVersion(int number, String important, String whyUnitedStates, String embassyAction,
    String draftedBy, Instant draftedAt, Boolean approved, String reviewComment, String reviewedBy,
    Instant reviewedAt) {

  public boolean sentBack() {
    return Boolean.FALSE.equals(approved);
  }
}
