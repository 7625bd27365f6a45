package cn.gov.jinshan.congress.deputies.service;

import cn.gov.jinshan.congress.deputies.domain.StationKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Creates a contact station (联络站点). */
public record CreateStation(
    @NotBlank @Size(max = 100) String name,
    @NotNull StationKind kind,
    @Size(max = 200) String address,
    UUID delegationId) {}
