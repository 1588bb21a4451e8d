package org.liaison.keys;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The master key that wraps new coalition keys, and the retired ones still accepted for unwrapping
 * until {@link KeyVault#rewrapCoalitionKeys()} has moved everything to the current one; then the
 * retired keys can be removed from the configuration.
 */
public final class MasterKeyRing {

  private final MasterKey current;
  private final Map<String, MasterKey> byId = new LinkedHashMap<>();

  public MasterKeyRing(MasterKey current, List<MasterKey> retired) {
    this.current = current;
    byId.put(current.id(), current);
    retired.forEach(k -> byId.putIfAbsent(k.id(), k));
  }

  public MasterKey current() {
    return current;
  }

  public Optional<MasterKey> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }
}
