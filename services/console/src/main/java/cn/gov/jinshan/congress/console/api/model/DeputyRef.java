package cn.gov.jinshan.congress.console.api.model;

import java.util.UUID;

/** A deputy as the suggestions API names them. */
public record DeputyRef(UUID id, String name, String delegationName) {}
