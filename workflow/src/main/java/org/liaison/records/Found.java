package org.liaison.records;

import java.util.List;

/**
 * One page of a list and how many rows the whole list has (with its filters), from one query.
 *
 * @param items the rows of the page, in the list's order
 * @param total the number of rows of the whole filtered list
 */
public record Found<T>(List<T> items, long total) {

  public Found {
    items = List.copyOf(items);
  }
}
