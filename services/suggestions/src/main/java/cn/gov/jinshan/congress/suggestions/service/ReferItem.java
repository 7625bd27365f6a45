package cn.gov.jinshan.congress.suggestions.service;

import cn.gov.jinshan.congress.suggestions.domain.ReferralTarget;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Town staff refer an item to another level: DISTRICT (a new item in the district congress) or CITY
 * (only recorded, with the city's reference, e.g. the number the city office gave it).
 */
public record ReferItem(
    @NotNull ReferralTarget target,
    @NotBlank @Size(max = 2000) String reason,
    @Size(max = 200) String cityReference) {}
