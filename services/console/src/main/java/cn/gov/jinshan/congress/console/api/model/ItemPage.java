package cn.gov.jinshan.congress.console.api.model;

import java.util.List;

/** A page of items; {@code nextPageToken} is null on the last page. */
public record ItemPage(List<ItemSummary> items, String nextPageToken) {}
