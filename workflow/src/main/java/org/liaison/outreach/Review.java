package org.liaison.outreach;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

/** A coordinator's review: approve, or send back with a comment saying what to change. */
public record Review(
    boolean approved,
    @Size(max = OutreachLimits.REVIEW_COMMENT, message = "{liaison.review.comment.tooLong}")
    String comment) {

  public static Review approve(String comment) {
    return new Review(true, comment);
  }

  public static Review sendBack(String comment) {
    return new Review(false, comment);
  }

  @AssertTrue(message = "{liaison.review.comment.requiredToSendBack}")
  boolean isComment() {
    return approved || (comment != null && !comment.isBlank());
  }
}
