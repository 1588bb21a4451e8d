package org.liaison.api;

import java.util.List;
import java.util.Map;
import org.liaison.common.InvalidInputException;
import org.liaison.records.Found;

/**
 * Paging of the API's lists: {@code page} (from 0) and {@code size} (1 to {@value #MAX_SIZE}, default
 * {@value #DEFAULT_SIZE}); a page out of bounds is a 400 naming the parameter. Every list answers
 * {@code {"items": [...], "page": 0, "size": 20, "total": 123}} in a stable order.
 */
final class Paging {

  static final int MAX_SIZE = 100;
  static final int DEFAULT_SIZE = 20;
  private static final int MAX_PAGE = 1_000_000;

  /** One page of a list and the size of the whole (filtered) list. */
  record Page<T>(List<T> items, int page, int size, long total) {}

  static int offset(int page, int size) {
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidInputException(Map.of("size", "Ask for 1 to " + MAX_SIZE + " items per page"));
    }
    if (page < 0 || page > MAX_PAGE) {
      throw new InvalidInputException(Map.of("page", "Pages are numbered from 0 to " + MAX_PAGE));
    }
    return page * size;
  }

  static <T> Page<T> of(Found<T> found, int page, int size) {
    return new Page<>(found.items(), page, size, found.total());
  }

  /** A page of a list the service gives whole (it is short by nature: an embassy's priorities, an inbox). */
  static <T> Page<T> of(List<T> all, int page, int size) {
    int from = Math.min(offset(page, size), all.size());
    return new Page<>(all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
  }

  private Paging() {}
}
