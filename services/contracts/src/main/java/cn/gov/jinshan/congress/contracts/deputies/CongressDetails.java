package cn.gov.jinshan.congress.contracts.deputies;

/**
 * What {@link CongressRegistered} and {@link CongressUpdated} both say about a congress, so that a
 * consumer keeping a copy reads either the same way.
 */
public interface CongressDetails {
  String congressId();

  String name();

  String level();

  String parentCongressId();

  int currentTerm();

  int currentSession();
}
