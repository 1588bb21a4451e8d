package org.liaison.notifications;

import java.time.Instant;
import java.util.UUID;

/**
 * One thing Liaison told a member, as the bell lists it.
 *
 * @param link the path in Liaison it is about (a task, a record), or null
 * @param readAt when they opened it or marked it read, or null while unread
 */
public record Notice(UUID id, NoticeKind kind, String title, String link, Instant createdAt, Instant readAt) {

  public boolean unread() {
    return readAt == null;
  }
}
