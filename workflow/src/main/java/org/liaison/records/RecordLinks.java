package org.liaison.records;

import java.util.Comparator;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every record linked to a record, from every feature that declares {@link LinkedRecords}. */
@Service
@RequiredArgsConstructor
public class RecordLinks {

  private final List<LinkedRecords> features;

  /** The records linked to the record of {@code kind} with this id, oldest first. */
  @Transactional(readOnly = true)
  public List<RecordLink> linkedTo(String kind, java.util.UUID id) {
    return features.stream().flatMap(f -> f.linkedTo(kind, id).stream())
        .sorted(Comparator.comparing(RecordLink::at, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(RecordLink::reference))
        .toList();
  }
}
