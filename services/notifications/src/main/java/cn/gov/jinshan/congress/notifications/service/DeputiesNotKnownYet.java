package cn.gov.jinshan.congress.notifications.service;

/**
 * The copy of the deputies does not know a single deputy of the congress yet, although the
 * directory names deputies there: the deputies' events have not been read (a fresh start reads the
 * topics side by side, in no order between them). Like an unavailable directory it means "cannot
 * tell who, now": the event is tried again later rather than told to nobody.
 */
public class DeputiesNotKnownYet extends DirectoryUnavailable {
  public DeputiesNotKnownYet(String congressId) {
    super("the copy of the deputies knows no deputy of " + congressId + " yet");
  }
}
