package cn.gov.jinshan.congress.platform.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list.
 *
 * @param nextPageToken pass it as {@code pageToken} for the next page; null on the last page
 */
public record Page<T>(List<T> items, String nextPageToken) {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  /**
   * Cuts a query result fetched with {@code limit + 1} rows into a page.
   *
   * @param tokenOf the page token pointing after a given row
   */
  public static <E, T> Page<T> of(
      List<E> rows, int limit, Function<E, T> toItem, Function<E, String> tokenOf) {
    boolean more = rows.size() > limit;
    List<E> shown = more ? rows.subList(0, limit) : rows;
    String next = more ? tokenOf.apply(shown.get(shown.size() - 1)) : null;
    return new Page<>(shown.stream().map(toItem).toList(), next);
  }
}
