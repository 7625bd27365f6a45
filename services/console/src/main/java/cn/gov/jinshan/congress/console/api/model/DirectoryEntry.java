package cn.gov.jinshan.congress.console.api.model;

import java.util.List;
import java.util.UUID;

/** A deputy of the public directory: name and delegation. */
public record DirectoryEntry(UUID id, String name, String delegationName) {

  /** A page of the directory. */
  public record Page(List<DirectoryEntry> items, String nextPageToken) {}
}
