package cn.gov.jinshan.congress.console.api.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Contact stations and the opinions constituents gave a deputy there (联系群众). */
public final class ConstituentContacts {
  private ConstituentContacts() {}

  public record Station(UUID id, String name, String kindLabel, String address) {}

  public record StationPage(List<Station> items, String nextPageToken) {}

  /**
   * One opinion a constituent gave the deputy.
   *
   * @param suggestionId the suggestion it became, once linked
   */
  public record Contact(
      UUID id,
      UUID stationId,
      LocalDate receivedOn,
      String constituentName,
      String subject,
      String content,
      UUID suggestionId) {}

  public record ContactPage(List<Contact> items, String nextPageToken) {}
}
