package cn.gov.jinshan.congress.voting.domain;

/** An enum with a Chinese label for the user interface. */
public interface Labelled {
  String name();

  String label();
}
