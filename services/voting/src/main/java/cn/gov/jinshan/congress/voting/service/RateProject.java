package cn.gov.jinshan.congress.voting.service;

import cn.gov.jinshan.congress.voting.domain.Rating;
import jakarta.validation.constraints.NotNull;

/** A deputy's year-end rating of a project. */
public record RateProject(@NotNull Rating rating) {}
