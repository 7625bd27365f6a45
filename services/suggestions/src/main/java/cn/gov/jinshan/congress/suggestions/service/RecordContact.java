package cn.gov.jinshan.congress.suggestions.service;

import cn.gov.jinshan.congress.suggestions.domain.ContactWay;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The department records a contact with the deputy (沟通联系). */
public record RecordContact(
    @NotNull LocalDate contactedOn,
    @NotNull ContactWay way,
    @NotBlank @Size(max = 5000) String summary) {}
