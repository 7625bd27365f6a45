package cn.gov.jinshan.congress.suggestions.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The lead invites deputies to co-sign. */
public record InviteCoSigners(@NotNull @Size(min = 1, max = 200) List<@NotNull UUID> deputyIds) {}
