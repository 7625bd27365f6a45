package cn.gov.jinshan.congress.suggestions.service;

import cn.gov.jinshan.congress.suggestions.domain.ReplyClass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The lead department's formal reply; class B needs promisedOn. */
public record PostReply(
    @NotNull ReplyClass replyClass,
    @NotBlank @Size(max = 20000) String text,
    @NotNull Boolean publishable,
    LocalDate promisedOn,
    @NotBlank @Size(max = 100) String signedBy) {}
