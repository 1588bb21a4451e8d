package org.liaison.records;

import java.time.Instant;
import java.util.UUID;

/** A document attached to a record: its name as uploaded (made harmless), what it is, who added it. */
public record Attachment(UUID id, String kind, String recordKey, String filename, String contentType, long size,
    String sha256, String uploadedBy, Instant uploadedAt) {}
