package cn.gov.jinshan.congress.notifications.service;

/** The directory could not answer (Keycloak down, refused or slow): try the event again later. */
public class DirectoryUnavailable extends RuntimeException {
  public DirectoryUnavailable(String message, Throwable cause) {
    super(message, cause);
  }

  public DirectoryUnavailable(String message) {
    super(message);
  }
}
