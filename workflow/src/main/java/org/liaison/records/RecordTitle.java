package org.liaison.records;

import java.util.List;

/**
 * What a record is called where its tasks are listed ("Meeting with Jane Doe, Nairobi"), as a
 * translation key and its arguments: the screens put it into words.
 */
public record RecordTitle(String key, List<String> args) {

  public RecordTitle {
    args = List.copyOf(args);
  }

  public static RecordTitle of(String key, String... args) {
    return new RecordTitle(key, List.of(args));
  }
}
