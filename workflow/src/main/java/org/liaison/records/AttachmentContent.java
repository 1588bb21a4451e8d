package org.liaison.records;

/** A document and its bytes, for downloading. */
public record AttachmentContent(Attachment attachment, byte[] bytes) {}
