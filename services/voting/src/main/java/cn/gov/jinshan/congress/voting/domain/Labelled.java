package cn.gov.jinshan.congress.voting.domain;

import java.util.Arrays;
import java.util.stream.Stream;

/** An enum with a Chinese label for the user interface. */
public interface Labelled {
  String name();

  String label();

  /**
   * Message arguments for a problem that names states or actions: first the codes ({0}, {1}… for
   * the English text, which speaks the API's codes), then the Chinese labels ({n}, {n+1}… for the
   * Chinese text), so that a Chinese detail never shows a code such as VOTING.
   */
  static Object[] codesThenLabels(Labelled... values) {
    return Stream.concat(
            Arrays.stream(values).map(Labelled::name), Arrays.stream(values).map(Labelled::label))
        .toArray();
  }
}
