package cn.gov.jinshan.congress.voting.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A voter's receipt code, sent in the body so that it appears in no URL or access log. */
public record ReceiptLookup(@NotBlank @Size(max = 64) String code) {}
