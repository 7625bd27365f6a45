package cn.gov.jinshan.congress.notifications.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The one way to tell people something (see {@link #announce}). */
@ApplicationScoped
public class Notifier {

  /**
   * In the caller's transaction: the rule table (config, kind → relationships) and the item copy
   * give the parties, the {@link Directory} gives their people; one inbox entry per (sourceId,
   * person), unique in the database, and the {@link OutgoingChannel}s for each person told the
   * first time.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void announce(Announcement announcement) {
    // First version: the signature others code against; the rule table and inbox follow.
  }
}
