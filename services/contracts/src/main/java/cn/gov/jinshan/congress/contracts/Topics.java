package cn.gov.jinshan.congress.contracts;

/** Kafka topics: one per producing context; the key is the aggregate id. */
public final class Topics {
  public static final String DEPUTIES = "congress.deputies.v1";
  public static final String SUGGESTIONS = "congress.suggestions.v1";
  public static final String SUPERVISION = "congress.supervision.v1";
  public static final String VOTING = "congress.voting.v1";
  public static final String GATEWAY = "congress.gateway.v1";

  private Topics() {}

  /** The dead-letter topic of a topic. */
  public static String deadLetterOf(String topic) {
    return topic + ".dlq";
  }
}
