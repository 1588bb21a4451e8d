package org.liaison.records;

import java.util.List;
import java.util.UUID;

/**
 * What a feature contributes to the page of a record of another feature: its records held for it (the
 * hearings of a case). Declared as a bean by the feature, so the page's feature never depends on it.
 */
public interface LinkedRecords {

  /**
   * The feature's records linked to the record of {@code kind} ({@code case}) with this id, in the
   * current coalition; at most 100.
   */
  List<RecordLink> linkedTo(String kind, UUID id);
}
