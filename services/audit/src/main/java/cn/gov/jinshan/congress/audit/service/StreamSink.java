package cn.gov.jinshan.congress.audit.service;

/** Where a live-stream client's entries go (the HTTP connection), with its demand. */
public interface StreamSink {
  /** How many entries the client can take now. */
  long requested();

  void send(AppendedEntry entry);

  /** Ends the stream (a dropped client reconnects with Last-Event-ID). */
  void close();
}
