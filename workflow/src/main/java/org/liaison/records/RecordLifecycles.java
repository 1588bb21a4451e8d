package org.liaison.records;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The lifecycles the features declared, by process key: what the status listener, the reference
 * generator and the screens ask instead of knowing the features. Resolved on first use, because a
 * feature's declaration may itself use the kernel (a meeting registered by its listener is numbered).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RecordLifecycles {

  private final ObjectProvider<RecordLifecycle> declared;
  private volatile Map<String, RecordLifecycle> byProcessKey;

  public Optional<RecordLifecycle> of(String processKey) {
    return Optional.ofNullable(all().get(processKey));
  }

  public RecordLifecycle require(String processKey) {
    return of(processKey).orElseThrow(() -> new IllegalStateException("No feature declares the lifecycle " + processKey));
  }

  /**
   * Where the record an instance runs for is shown: {@code route/businessKey} of its lifecycle, or
   * an empty link (the inbox) for a process without a page or an instance without a business key.
   */
  public String link(String processKey, String businessKey) {
    return businessKey == null ? "" : of(processKey).map(l -> l.link(businessKey)).orElse("");
  }

  private Map<String, RecordLifecycle> all() {
    Map<String, RecordLifecycle> resolved = byProcessKey;
    if (resolved == null) {
      resolved = declared.orderedStream().collect(Collectors.toUnmodifiableMap(RecordLifecycle::processKey,
          Function.identity(), (a, b) -> {
            throw new IllegalStateException("Two features declare the lifecycle " + a.processKey());
          }));
      byProcessKey = resolved;
    }
    return resolved;
  }
}
