package org.liaison.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import org.liaison.common.InvalidInputException;
import org.liaison.records.Found;

/**
 * A record list that pages on the server: a search field and filters above a grid whose rows are
 * fetched one page at a time (one service call, one query per page; never every row), sorted by the
 * column the user clicks ({@code Grid.Column#setSortProperty} names the service's sort key), with the
 * number of records found. A filter or search that changes refetches from the first page.
 *
 * @param <T> a row of the list
 */
public final class ListPage<T> {

  /** One page of the list, as the feature's service finds it. */
  @FunctionalInterface
  public interface Fetch<T> {
    Found<T> page(String text, String sort, boolean descending, int offset, int limit);
  }

  private final Grid<T> grid = new Grid<>();
  private final TextField search = new TextField();
  private final HorizontalLayout filters = new HorizontalLayout();
  private final Span count = new Span();
  private final Component owner;

  /**
   * @param id the grid's element id ({@code cases-grid}); the search field is {@code <id>-search}, the
   *     count {@code <id>-count}
   */
  public ListPage(Component owner, String id) {
    this.owner = owner;
    grid.setId(id);
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setMultiSort(false);
    grid.setHeight("65vh");
    search.setId(id + "-search");
    search.setPlaceholder(owner.getTranslation("list.search"));
    search.setPrefixComponent(VaadinIcon.SEARCH.create());
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.setMaxLength(200);
    search.setWidth("22em");
    search.addValueChangeListener(e -> refresh());
    count.setId(id + "-count");
    count.addClassName("liaison-muted");
    filters.setAlignItems(FlexComponent.Alignment.BASELINE);
    filters.getStyle().set("flex-wrap", "wrap");
    filters.add(search);
  }

  public Grid<T> grid() {
    return grid;
  }

  /** Adds a filter field; a change refetches the list. */
  public ListPage<T> filter(HasValue<?, ?> field) {
    filters.add((Component) field);
    field.addValueChangeListener(e -> refresh());
    return this;
  }

  /** Starts fetching through the service; bad filter values are said once, next to the list. */
  public ListPage<T> fetching(Fetch<T> fetch) {
    grid.setItems(query -> {
      List<QuerySortOrder> orders = query.getSortOrders();
      String sort = orders.isEmpty() ? null : orders.get(0).getSorted();
      boolean descending = orders.isEmpty() ? defaultDescending : orders.get(0).getDirection() == SortDirection.DESCENDING;
      try {
        Found<T> found = fetch.page(search.getValue(), sort, descending, query.getOffset(), query.getLimit());
        count.setText(owner.getTranslation("list.count", found.total()));
        return found.items().stream();
      } catch (InvalidInputException e) {
        search.setErrorMessage(String.join(" ", e.fieldErrors().values()));
        search.setInvalid(true);
        return java.util.stream.Stream.empty();
      }
    });
    return this;
  }

  private boolean defaultDescending;

  /** Whether the list's default order (no column clicked) is descending, as the service's default is. */
  public ListPage<T> defaultDescending(boolean descending) {
    this.defaultDescending = descending;
    return this;
  }

  private boolean showsTimes;

  /**
   * The list shows moments on the reader's clock: it says which zone they are in next to the count
   * ("Times in Central European Time (Europe/Berlin)", {@code <id>-zone}), as every such page does.
   */
  public ListPage<T> showsTimes() {
    this.showsTimes = true;
    return this;
  }

  /** The filters, the count and the grid, to add to the page. */
  public Component[] components() {
    HorizontalLayout bar = new HorizontalLayout(filters, count);
    if (showsTimes) {
      bar.add(Labels.zoneCaption(owner, grid.getId().orElseThrow() + "-zone"));
    }
    bar.setAlignItems(FlexComponent.Alignment.BASELINE);
    bar.setWidthFull();
    bar.getStyle().set("flex-wrap", "wrap");
    return new Component[] {bar, grid};
  }

  public void refresh() {
    search.setInvalid(false);
    grid.getDataProvider().refreshAll();
  }
}
