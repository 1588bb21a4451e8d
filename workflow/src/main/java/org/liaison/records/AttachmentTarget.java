package org.liaison.records;

import java.util.Objects;
import java.util.function.Function;

/**
 * A kind of record documents can be attached to, as a feature declares it: what the kernel calls it,
 * and how to find one by its key in the current coalition — its owner, or
 * {@link org.liaison.common.NotFoundException} when the coalition has no such record (also for a record
 * of another coalition). One bean per kind.
 *
 * @param kind the kind in the kernel's attachments and history ({@code case}, {@code meeting})
 * @param ownerOf the owner of the record with this key (may be null); throws when there is none
 */
public record AttachmentTarget(String kind, Function<String, String> ownerOf) {

  public AttachmentTarget {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(ownerOf, "ownerOf");
  }
}
