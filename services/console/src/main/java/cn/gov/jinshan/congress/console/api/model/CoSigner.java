package cn.gov.jinshan.congress.console.api.model;

import java.time.Instant;

/** A co-signer of an item and their answer. */
public record CoSigner(DeputyRef deputy, String status, String statusLabel, Instant respondedAt) {}
