package cn.gov.jinshan.congress.notifications.service;

/**
 * A way of telling people besides the inbox (e-mail, SMS …). {@link Notifier} calls every bean of
 * this type once per (announcement, person), inside the transaction that writes the inbox entry,
 * and only the first time that person is told of that source: an implementation that records its
 * message in the same transaction (unique per source, person and channel) sends exactly once. With
 * no implementation, only the inbox is written.
 */
public interface OutgoingChannel {
  void accept(Outgoing message);
}
