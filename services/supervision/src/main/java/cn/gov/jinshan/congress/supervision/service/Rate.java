package cn.gov.jinshan.congress.supervision.service;

import cn.gov.jinshan.congress.supervision.domain.Grade;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A member's rating: 满意 / 基本满意 / 不满意. */
public record Rate(@NotNull Grade grade, @Size(max = 2000) String comment) {}
