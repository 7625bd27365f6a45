package cn.gov.jinshan.congress.contracts.deputies;

/**
 * What {@link DeputyRegistered} and {@link DeputyUpdated} both say about one membership of a
 * deputy, so that a consumer keeping a copy reads either the same way.
 */
public interface DeputyDetails {
  String deputyId();

  String congressId();

  String name();

  String level();

  String delegationId();

  String delegationName();

  String userSubject();
}
