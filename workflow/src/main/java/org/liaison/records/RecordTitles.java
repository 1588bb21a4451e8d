package org.liaison.records;

import java.util.Map;

/**
 * How a lifecycle names the records of a page of tasks: in one query for the whole page, never one per
 * row. Declared on the feature's {@link RecordLifecycle}.
 */
@FunctionalInterface
public interface RecordTitles {

  /**
   * The titles of the records the instances run for, by process instance id; an instance whose record
   * is not found is left out. Runs in the caller's transaction, with the coalition bound.
   *
   * @param tenantId the coalition
   * @param businessKeyByInstance each instance's business key, by process instance id
   */
  Map<String, RecordTitle> titles(String tenantId, Map<String, String> businessKeyByInstance);

  /** Titles by business key (the record's reference), for a lifecycle whose instances run for their record. */
  static RecordTitles byBusinessKey(java.util.function.BiFunction<String, java.util.Set<String>,
      Map<String, RecordTitle>> byKey) {
    return (tenantId, keys) -> {
      Map<String, RecordTitle> found = byKey.apply(tenantId, java.util.Set.copyOf(keys.values()));
      Map<String, RecordTitle> byInstance = new java.util.HashMap<>();
      keys.forEach((instance, key) -> {
        if (found.containsKey(key)) {
          byInstance.put(instance, found.get(key));
        }
      });
      return byInstance;
    };
  }
}
