package cn.gov.jinshan.congress.voting.service;

import java.util.UUID;

/** Checks a deputy in; a deputy checking themselves in may leave deputyId out. */
public record CheckInDeputy(UUID deputyId) {}
