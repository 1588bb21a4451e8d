package org.liaison.notifications.internal;

import java.time.Clock;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.notifications.Notifications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** When the due-date scan and the daily digest run. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NoticeSchedule {

  private final Notifications notifications;
  private final Clock clock;

  @Scheduled(initialDelayString = "${liaison.notifications.due-scan-interval:PT5M}",
      fixedDelayString = "${liaison.notifications.due-scan-interval:PT5M}")
  void dueDates() {
    notifications.noticeDueTasks(clock.instant());
  }

  @Scheduled(cron = "${liaison.notifications.digest-cron:0 0 7 * * *}", zone = "UTC")
  void digests() {
    notifications.sendDigests(clock.instant());
  }
}
